package org.tradekg.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.tradekg.TradekgException;

/**
 * Apache's English OpenNLP models (UD-EWT 1.3), loaded once from the classpath and shared
 * read-only by every thread; each thread makes its own {@link TextAnalyzer}.
 */
public final class NlpModels {

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    final SentenceModel sentence;
    final TokenizerModel tokenizer;
    final POSModel pos;
    private volatile NameModel names;

    private NlpModels(SentenceModel sentence, TokenizerModel tokenizer, POSModel pos) {
        this.sentence = sentence;
        this.tokenizer = tokenizer;
        this.pos = pos;
    }

    /** Loads the three models from the classpath (about a second). */
    public static NlpModels load() {
        try {
            return new NlpModels(new SentenceModel(resource(SENTENCE)), new TokenizerModel(resource(TOKENS)),
                    new POSModel(resource(POS)));
        } catch (IOException e) {
            throw new TradekgException("cannot load OpenNLP models: " + e.getMessage(), e);
        }
    }

    /** The model files, for provenance. */
    public static String describe() {
        return String.join(" ", SENTENCE, TOKENS, POS, NameModel.RESOURCE);
    }

    /**
     * The statistical name model ({@link NameModel#RESOURCE}), loaded on first use and then
     * shared; each thread makes its own {@link NameFinder} from it.
     */
    public NameModel names() {
        NameModel m = names;
        if (m == null) {
            synchronized (this) {
                if (names == null) {
                    names = NameModel.load();
                }
                m = names;
            }
        }
        return m;
    }

    /** A new analyzer for the calling thread. */
    public TextAnalyzer newAnalyzer() {
        return new TextAnalyzer(this, true);
    }

    /**
     * A new analyzer for the calling thread that asks the tokenizer model about every word, as
     * OpenNLP's own {@code TokenizerME.tokenizePos} does: the same tokens as
     * {@link #newAnalyzer()}, found more slowly. The bench's NLP floor uses it.
     */
    public TextAnalyzer newPlainAnalyzer() {
        return new TextAnalyzer(this, false);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " not on the classpath");
        }
        return in;
    }
}

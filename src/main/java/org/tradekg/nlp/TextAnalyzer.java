package org.tradekg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a body into paragraphs, sentences and tokens and tags the tokens. Keeps OpenNLP's
 * stateful {@code *ME} tools, so one instance serves one thread.
 */
public final class TextAnalyzer {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    TextAnalyzer(NlpModels models) {
        this.sentences = new SentenceDetectorME(models.sentence);
        this.tokenizer = new TokenizerME(models.tokenizer);
        this.tagger = new POSTaggerME(models.pos);
    }

    /**
     * Sentences of the body with tagged tokens, offsets into {@code body}. Paragraphs are split
     * first (the sentence model would join a headline to the next line), see {@link Paragraphs}.
     */
    public List<Sentence> analyze(String body) {
        List<Sentence> out = new ArrayList<>();
        List<int[]> paragraphs = Paragraphs.split(body);
        for (int p = 0; p < paragraphs.size(); p++) {
            int pStart = paragraphs.get(p)[0];
            String para = body.substring(pStart, paragraphs.get(p)[1]).replace('\n', ' ');
            for (Span s : sentences.sentPosDetect(para)) {
                String text = para.substring(s.getStart(), s.getEnd());
                Span[] spans = tokenizer.tokenizePos(text);
                String[] words = Span.spansToStrings(spans, text);
                String[] tags = tagger.tag(words);
                List<Token> tokens = new ArrayList<>(words.length);
                int base = pStart + s.getStart();
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(words[i], base + spans[i].getStart(), base + spans[i].getEnd(), tags[i]));
                }
                out.add(new Sentence(text, base, base + text.length(), p, tokens));
            }
        }
        return out;
    }
}

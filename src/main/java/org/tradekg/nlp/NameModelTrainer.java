package org.tradekg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.tradekg.TradekgException;

/**
 * Trains a {@link NameModel} with OpenNLP's {@code NameFinderME} on labelled sentences. The
 * features are OpenNLP's default name-finder features plus prefixes and suffixes
 * ({@code ner-features.xml}); the labels are coded BIO. Training runs on one thread, so the same
 * sentences and settings give the same model.
 *
 * <pre>{@code
 * NameModel model = NameModelTrainer.train(sentences, NameModelTrainer.Settings.DEFAULT);
 * model.write(Path.of("tradekg-ner-en.bin"));
 * }</pre>
 */
public final class NameModelTrainer {

    static final String FEATURES = "org/tradekg/nlp/ner-features.xml";

    private NameModelTrainer() {
    }

    /**
     * How to train.
     *
     * @param algorithm  {@code PERCEPTRON} or {@code MAXENT}
     * @param iterations training passes over the data
     * @param cutoff     features seen fewer times than this are dropped
     */
    public record Settings(String algorithm, int iterations, int cutoff) {

        /** Averaged perceptron, 100 passes, features seen at least 3 times. */
        public static final Settings DEFAULT = new Settings("PERCEPTRON", 100, 3);

        public Settings {
            if (!"PERCEPTRON".equals(algorithm) && !"MAXENT".equals(algorithm)) {
                throw new IllegalArgumentException("algorithm " + algorithm + " is neither PERCEPTRON nor MAXENT");
            }
            if (iterations < 1 || cutoff < 0) {
                throw new IllegalArgumentException("bad training settings: " + iterations + " iterations, cutoff "
                        + cutoff);
            }
        }

        /** The same settings with another number of iterations. */
        public Settings withIterations(int n) {
            return new Settings(algorithm, n, cutoff);
        }
    }

    /** Trains a model on {@code sentences}, in their order (which decides the per-document memory). */
    public static NameModel train(List<TrainingSentence> sentences, Settings settings) {
        if (sentences.isEmpty()) {
            throw new TradekgException("no labelled sentences to train the name model on");
        }
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (TrainingSentence s : sentences) {
            Span[] spans = new Span[s.names().size()];
            for (int i = 0; i < spans.length; i++) {
                NameSpan n = s.names().get(i);
                spans[i] = new Span(n.start(), n.end(), n.type());
            }
            samples.add(new NameSample(s.tokens().toArray(String[]::new), spans, s.documentStart()));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try (ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
            TokenNameFinderFactory factory = new TokenNameFinderFactory(features(), Map.of(), new BioCodec());
            return new NameModel(NameFinderME.train("en", null, stream, params, factory));
        } catch (IOException e) {
            throw new TradekgException("cannot train the name model: " + e.getMessage(), e);
        }
    }

    private static byte[] features() throws IOException {
        try (InputStream in = NameModelTrainer.class.getClassLoader().getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new IOException("feature descriptor " + FEATURES + " not on the classpath");
            }
            return in.readAllBytes();
        }
    }
}

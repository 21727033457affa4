package org.tradekg.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tradekg.nlp.NlpModels;

/**
 * The loaded extraction pipeline: OpenNLP models and the gazetteer, read once and shared
 * read-only. Each thread asks for its own {@link Extractor}.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.load();
 * ArticleFacts facts = pipeline.newExtractor().extract(article);
 * }</pre>
 */
public final class Pipeline {

    private final NlpModels models;
    private final Gazetteer gazetteer;

    private Pipeline(NlpModels models, Gazetteer gazetteer) {
        this.models = models;
        this.gazetteer = gazetteer;
    }

    /** Loads the models and the gazetteer from the classpath. */
    public static Pipeline load() {
        return new Pipeline(NlpModels.load(), Gazetteer.load());
    }

    /** A new extractor for the calling thread. */
    public Extractor newExtractor() {
        return new RuleExtractor(models.newAnalyzer(), gazetteer, models.names().newFinder());
    }

    /** A new labeler for the calling thread: automatic name labels for training a name model. */
    public Labeler newLabeler() {
        return new Labeler(models.newAnalyzer(), gazetteer);
    }

    /** What produced the facts, for provenance: software, models and gazetteer versions. */
    public Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("software", Version.get());
        v.put("models", NlpModels.describe());
        v.put("gazetteer", gazetteer.version());
        return v;
    }
}

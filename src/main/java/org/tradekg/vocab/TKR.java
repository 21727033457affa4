package org.tradekg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Minted instances ({@code tkr:}). The one place where instance IRIs are made, each from a
 * stable key, so that re-ingesting an article mints the same IRIs.
 */
public final class TKR {

    public static final String NS = "https://w3id.org/tradekg/resource/";
    public static final String PREFIX = "tkr";

    private TKR() {
    }

    /** The article and the name of its graph: {@code tkr:article/reuters-13039}. */
    public static Resource article(String articleId) {
        return ResourceFactory.createResource(NS + "article/" + articleId);
    }

    /** An entity from its key ({@code country/united-states}), shared across articles. */
    public static Resource entity(String key) {
        return ResourceFactory.createResource(NS + key);
    }

    /** The n-th event of an article: {@code tkr:event/reuters-13039-3}. */
    public static Resource event(String articleId, int n) {
        return ResourceFactory.createResource(NS + "event/" + articleId + "-" + n);
    }

    /** The extraction run that generated an article's graph. */
    public static Resource activity(String articleId) {
        return ResourceFactory.createResource(NS + "activity/" + articleId);
    }

    /** The source file an article was read from. */
    public static Resource source(String articleId) {
        return ResourceFactory.createResource(NS + "source/" + articleId);
    }
}

package org.tradekg.export;

import java.util.Locale;
import org.tradekg.TradekgException;

/** The export formats and their writers. */
public enum GraphFormat {
    GRAPHML("graphml"), GEXF("gexf"), DOT("dot"), CYTOSCAPE("json"), JSONLD("jsonld");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The writer of this format.
     *
     * @param contextUrl for JSON-LD, the URL to reference the context by, or null to embed it
     */
    public GraphWriter writer(String contextUrl) {
        return switch (this) {
            case GRAPHML -> new GraphMlWriter();
            case GEXF -> new GexfWriter();
            case DOT -> new DotWriter();
            case CYTOSCAPE -> new CytoscapeJsonWriter();
            case JSONLD -> new JsonLdWriter(contextUrl);
        };
    }

    /** The format of that name, in any case: graphml, gexf, dot, cytoscape or jsonld. */
    public static GraphFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new TradekgException("unknown export format '" + name + "' (graphml, gexf, dot, cytoscape or jsonld)");
        }
    }
}

package org.tradekg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The PLOVER event categories ({@code plover:}) of the SKOS scheme in {@code ontology/cameo.ttl},
 * the successor of CAMEO used by POLECAT, named exactly as their local names.
 */
public final class PLOVER {

    public static final String NS = "https://w3id.org/tradekg/plover/";
    public static final String PREFIX = "plover";

    /** The concept scheme itself. */
    public static final Resource Scheme = ResourceFactory.createResource("https://w3id.org/tradekg/plover");

    public static final Resource AGREE = category("AGREE");
    public static final Resource CONSULT = category("CONSULT");
    public static final Resource SUPPORT = category("SUPPORT");
    public static final Resource RETREAT = category("RETREAT");
    public static final Resource THREATEN = category("THREATEN");
    public static final Resource SANCTION = category("SANCTION");

    private PLOVER() {
    }

    private static Resource category(String name) {
        return ResourceFactory.createResource(NS + name);
    }
}

package org.tradekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of PROV-O ({@code prov:}) that tradekg's provenance uses, named exactly as their
 * local names.
 */
public final class PROV {

    public static final String NS = Namespaces.PROV;
    public static final String PREFIX = "prov";

    public static final Resource Activity = resource("Activity");
    public static final Resource Entity = resource("Entity");

    public static final Property startedAtTime = property("startedAtTime");
    public static final Property used = property("used");
    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");

    private PROV() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}

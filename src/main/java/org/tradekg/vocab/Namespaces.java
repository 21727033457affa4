package org.tradekg.vocab;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes of tradekg's output, as one {@link PrefixMapping}. */
public final class Namespaces {

    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String DBR = "http://dbpedia.org/resource/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix(TKG.PREFIX, TKG.NS)
            .setNsPrefix(TKR.PREFIX, TKR.NS)
            .setNsPrefix("dcterms", DCTERMS)
            .setNsPrefix("sem", SEM)
            .setNsPrefix("schema", SCHEMA)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("wd", WD)
            .setNsPrefix("dbr", DBR)
            .setNsPrefix(CAMEO.PREFIX, CAMEO.NS)
            .setNsPrefix(PLOVER.PREFIX, PLOVER.NS)
            .lock();

    private Namespaces() {
    }

    /** The standard prefixes plus tkg, tkr, dcterms, sem, schema, prov, wd, dbr, cameo and plover; read-only. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }
}

package org.tradekg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The CAMEO event codes ({@code cameo:}) of the SKOS scheme in {@code ontology/cameo.ttl}: the
 * codes of GDELT and ICEWS that tradekg's events carry with {@code tkg:eventCode}. CAMEO's local
 * names are numbers ({@code cameo:163}), so the constants are named for what the code means and
 * their javadoc gives the code.
 */
public final class CAMEO {

    public static final String NS = "https://w3id.org/tradekg/cameo/";
    public static final String PREFIX = "cameo";

    /** The concept scheme itself. */
    public static final Resource Scheme = ResourceFactory.createResource("https://w3id.org/tradekg/cameo");

    /** 010: make statement, not specified below. */
    public static final Resource MAKE_STATEMENT = code("010");
    /** 036: express intent to meet or negotiate. */
    public static final Resource EXPRESS_INTENT_TO_MEET = code("036");
    /** 040: consult, not specified below. */
    public static final Resource CONSULT = code("040");
    /** 041: discuss by telephone. */
    public static final Resource DISCUSS_BY_TELEPHONE = code("041");
    /** 042: make a visit. */
    public static final Resource MAKE_VISIT = code("042");
    /** 043: host a visit. */
    public static final Resource HOST_VISIT = code("043");
    /** 046: engage in negotiation. */
    public static final Resource ENGAGE_IN_NEGOTIATION = code("046");
    /** 057: sign formal agreement. */
    public static final Resource SIGN_FORMAL_AGREEMENT = code("057");
    /** 085: ease economic sanctions, boycott, embargo. */
    public static final Resource EASE_SANCTIONS = code("085");
    /** 1312: threaten with sanctions, boycott, embargo. */
    public static final Resource THREATEN_SANCTIONS = code("1312");
    /** 163: impose embargo, boycott, or sanctions. */
    public static final Resource IMPOSE_SANCTIONS = code("163");
    /** 164: halt negotiations. */
    public static final Resource HALT_NEGOTIATIONS = code("164");

    private CAMEO() {
    }

    /**
     * The concept of a CAMEO code ({@code "163"} gives {@code cameo:163}).
     *
     * @throws IllegalArgumentException when the code is not 2 to 4 digits
     */
    public static Resource code(String notation) {
        if (notation == null || !notation.matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException("not a CAMEO code: '" + notation + "'");
        }
        return ResourceFactory.createResource(NS + notation);
    }
}

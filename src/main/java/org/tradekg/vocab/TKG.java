package org.tradekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The tradekg ontology ({@code tkg:}), as Jena constants named exactly as their local names.
 * The terms are defined in {@code ontology/tradekg.ttl}.
 */
public final class TKG {

    public static final String NS = "https://w3id.org/tradekg/ontology#";
    public static final String PREFIX = "tkg";

    // classes
    public static final Resource Article = resource("Article");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource Event = resource("Event");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource TradeMeasure = resource("TradeMeasure");
    public static final Resource Tariff = resource("Tariff");
    public static final Resource ExportControl = resource("ExportControl");
    public static final Resource Sanction = resource("Sanction");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Statement = resource("Statement");
    public static final Resource EventStatus = resource("EventStatus");
    public static final Resource SourceFile = resource("SourceFile");

    // properties of the contract
    public static final Property title = property("title");
    public static final Property represents = property("represents");
    public static final Property participant = property("participant");
    public static final Property party = property("party");
    public static final Property location = property("location");
    public static final Property date = property("date");
    public static final Property endDate = property("endDate");
    public static final Property status = property("status");
    public static final Property round = property("round");
    public static final Property imposedBy = property("imposedBy");
    public static final Property target = property("target");
    public static final Property rate = property("rate");
    public static final Property goods = property("goods");
    public static final Property effectiveDate = property("effectiveDate");
    public static final Property expiryDate = property("expiryDate");
    public static final Property speaker = property("speaker");
    public static final Property quote = property("quote");
    public static final Property reportedIn = property("reportedIn");
    public static final Property evidence = property("evidence");
    public static final Property cites = property("cites");

    // extensions
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property eventCode = property("eventCode");
    public static final Property sha256 = property("sha256");
    public static final Property byteLength = property("byteLength");
    public static final Property softwareVersion = property("softwareVersion");
    public static final Property modelVersion = property("modelVersion");
    public static final Property gazetteerVersion = property("gazetteerVersion");

    private TKG() {
    }

    /** The status individual of that local name ({@code tkg:Planned}). */
    public static Resource status(String localName) {
        return resource(localName);
    }

    /** The class of that local name ({@code tkg:Tariff}). */
    public static Resource type(String localName) {
        return resource(localName);
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}

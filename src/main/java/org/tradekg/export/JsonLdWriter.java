package org.tradekg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.tradekg.TradekgException;
import org.tradekg.vocab.Namespaces;

/**
 * JSON-LD 1.1 with tradekg's published context ({@code ontology/context.jsonld}, served at
 * {@code /context.jsonld}): one object per node in {@code @graph}, with its types, label,
 * Wikidata link, date, status and event codes, and its outgoing edges as node references. The
 * context is embedded, so the file stands alone, or referenced by URL when one is given.
 *
 * <pre>{@code
 * new JsonLdWriter(null).write(graph, out);                                   // embedded context
 * new JsonLdWriter("http://localhost:3030/context.jsonld").write(graph, out); // referenced
 * }</pre>
 */
public final class JsonLdWriter implements GraphWriter {

    /** The context file on the classpath. */
    public static final String CONTEXT = "ontology/context.jsonld";

    private final String contextUrl;

    /** @param contextUrl the URL to reference the context by, or null to embed it */
    public JsonLdWriter(String contextUrl) {
        this.contextUrl = contextUrl;
    }

    /** The context document ({@code {"@context": {...}}}) from the classpath. */
    public static JsonObject context() {
        try (InputStream in = JsonLdWriter.class.getClassLoader().getResourceAsStream(CONTEXT)) {
            if (in == null) {
                throw new TradekgException(CONTEXT + " is not in this build");
            }
            return JSON.parse(in);
        } catch (IOException e) {
            throw new TradekgException("cannot read " + CONTEXT + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        JsonObject context = context().get("@context").getAsObject();
        Map<String, String> terms = terms(context);
        Map<String, Map<String, List<String>>> outgoing = new HashMap<>();
        for (PropertyGraph.Edge e : graph.edges()) {
            outgoing.computeIfAbsent(e.source(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(e.property(), p -> new ArrayList<>()).add(e.target());
        }
        JsonArray nodes = new JsonArray();
        for (PropertyGraph.Node n : graph.nodes()) {
            JsonObject o = new JsonObject();
            o.put("@id", n.iri());
            JsonArray types = new JsonArray();
            n.types().forEach(t -> types.add(new JsonString(t)));
            o.put("@type", types);
            o.put("label", n.label());
            if (n.wikidata() != null) {
                o.put("sameAs", "wd:" + n.wikidata());
            }
            if (n.date() != null) {
                o.put("date", typed(n.date(), dateType(n.date())));
            }
            if (n.status() != null) {
                o.put("status", "tkg:" + n.status());
            }
            if (!n.eventCodes().isEmpty()) {
                JsonArray codes = new JsonArray();
                n.eventCodes().forEach(c -> codes.add(new JsonString(c)));
                o.put("eventCode", codes);
            }
            outgoing.getOrDefault(n.iri(), Map.of()).forEach((property, targets) -> {
                JsonArray refs = new JsonArray();
                for (String t : targets) {
                    JsonObject ref = new JsonObject();
                    ref.put("@id", t);
                    refs.add(ref);
                }
                o.put(terms.getOrDefault(property, Namespaces.prefixes().shortForm(property)), refs);
            });
            nodes.add(o);
        }
        JsonObject doc = new JsonObject();
        if (contextUrl != null) {
            doc.put("@context", contextUrl);
        } else {
            doc.put("@context", context);
        }
        doc.put("@graph", nodes);
        JSON.write(out, doc);
        out.write('\n');
        out.flush();
    }

    /** Property IRI to context term, for the terms the context defines. */
    private static Map<String, String> terms(JsonObject context) {
        Map<String, String> prefixes = new HashMap<>();
        Map<String, String> terms = new HashMap<>();
        context.forEach((term, def) -> {
            if (def.isString() && def.getAsString().value().startsWith("http")) {
                prefixes.put(term, def.getAsString().value());
            }
        });
        context.forEach((term, def) -> {
            String id = def.isString() ? def.getAsString().value()
                    : def.isObject() && def.getAsObject().hasKey("@id") ? def.getAsObject().getString("@id") : null;
            if (id != null && !term.startsWith("@") && id.contains(":")) {
                String prefix = id.substring(0, id.indexOf(':'));
                String iri = prefixes.containsKey(prefix) ? prefixes.get(prefix) + id.substring(prefix.length() + 1) : id;
                terms.putIfAbsent(iri, term);
            }
        });
        return terms;
    }

    private static JsonValue typed(String value, String datatype) {
        JsonObject o = new JsonObject();
        o.put("@value", value);
        o.put("@type", datatype);
        return o;
    }

    /** The XSD type of an ISO date at its precision: 2025-10-17, 2025-10 or 2025. */
    static String dateType(String iso) {
        if (iso.matches("-?\\d{4,}-\\d{2}-\\d{2}.*")) {
            return "xsd:date";
        }
        if (iso.matches("-?\\d{4,}-\\d{2}")) {
            return "xsd:gYearMonth";
        }
        return "xsd:gYear";
    }
}

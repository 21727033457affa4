package org.tradekg.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The knowledge graph as visualization tools take it: entities and events as nodes with a few
 * attributes, object properties between them as labelled edges. Made by {@link GraphSelection},
 * written by a {@link GraphWriter}.
 *
 * @param nodes sorted by IRI
 * @param edges sorted by source, label and target; every end is one of the nodes
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges) {

    /** The names of node attributes, in the order writers declare them. */
    public static final List<String> NODE_ATTRIBUTES =
            List.of("iri", "kind", "type", "label", "wikidata", "date", "status", "eventCode");

    /** The names of edge attributes, in the order writers declare them. */
    public static final List<String> EDGE_ATTRIBUTES = List.of("label", "property");

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An entity or an event.
     *
     * @param iri        its IRI, the node's id
     * @param kind       {@code entity} or {@code event}
     * @param type       its most specific tradekg class ({@code Person}, {@code Tariff})
     * @param types      every tradekg class it has, most specific first
     * @param label      its {@code rdfs:label} (the IRI's last segment when it has none)
     * @param wikidata   the Wikidata id of its {@code owl:sameAs} ({@code Q30}), or null
     * @param date       an event's {@code tkg:date} (ISO, at its precision), or null
     * @param status     an event's {@code tkg:status} ({@code Held}), or null
     * @param eventCodes an event's CAMEO and PLOVER codes ({@code cameo:046}), empty for entities
     */
    public record Node(String iri, String kind, String type, List<String> types, String label, String wikidata,
                       String date, String status, List<String> eventCodes) {

        public Node {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(label, "label");
            types = List.copyOf(types);
            eventCodes = List.copyOf(eventCodes);
            if (!kind.equals("entity") && !kind.equals("event")) {
                throw new IllegalArgumentException("kind must be entity or event, not '" + kind + "' for " + iri);
            }
        }

        /** The attributes that have a value, named as {@link #NODE_ATTRIBUTES}, in that order. */
        public Map<String, String> attributes() {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("iri", iri);
            a.put("kind", kind);
            a.put("type", type);
            a.put("label", label);
            if (wikidata != null) {
                a.put("wikidata", wikidata);
            }
            if (date != null) {
                a.put("date", date);
            }
            if (status != null) {
                a.put("status", status);
            }
            if (!eventCodes.isEmpty()) {
                a.put("eventCode", String.join(" ", eventCodes));
            }
            return a;
        }
    }

    /**
     * An object property from one node to another.
     *
     * @param source   the subject's IRI
     * @param target   the object's IRI
     * @param label    the property's local name ({@code party})
     * @param property the property's IRI
     */
    public record Edge(String source, String target, String label, String property) {

        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(property, "property");
        }
    }
}

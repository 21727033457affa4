package org.tradekg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.tradekg.TradekgException;
import org.tradekg.vocab.Namespaces;
import org.tradekg.vocab.TKG;

/**
 * Picks the property graph out of a dataset: every entity and event, or only those that a
 * CONSTRUCT query's triples mention, with the object properties between them. A node's
 * attributes (class, label, Wikidata id, date, status, event codes) come from the whole
 * dataset, so a CONSTRUCT that selects only edges still gives labelled, typed nodes.
 *
 * <pre>{@code
 * PropertyGraph all = GraphSelection.select(dataset, null);
 * PropertyGraph meetings = GraphSelection.select(dataset, QueryRunner.parse(constructText));
 * }</pre>
 */
public final class GraphSelection {

    /** Most specific first: the first of these a node has is its type. */
    private static final List<Resource> EVENT_CLASSES = List.of(TKG.Tariff, TKG.ExportControl, TKG.Sanction,
            TKG.TradeMeasure, TKG.Meeting, TKG.Agreement, TKG.Statement, TKG.Event);
    private static final List<Resource> ENTITY_CLASSES = List.of(TKG.Person, TKG.Organization, TKG.Country,
            TKG.Place, TKG.Actor);

    private GraphSelection() {
    }

    /**
     * The property graph of the dataset's union graph, or of what {@code construct} selects.
     *
     * @param construct a CONSTRUCT query over the dataset (default graph: the union), or null for all
     * @throws TradekgException when the query is not a CONSTRUCT query
     */
    public static PropertyGraph select(Dataset dataset, Query construct) {
        if (construct != null && !construct.isConstructType()) {
            throw new TradekgException("the export query must be a CONSTRUCT query, not "
                    + construct.queryType().toString().toLowerCase(Locale.ROOT));
        }
        return Txn.calculateRead(dataset, () -> {
            Model union = dataset.getUnionModel();
            if (construct == null) {
                return build(union, union);
            }
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(construct).build()) {
                Model selected = exec.execConstruct();
                return build(selected, ModelFactory.createUnion(selected, union));
            }
        });
    }

    private static PropertyGraph build(Model selected, Model facts) {
        Map<String, Optional<PropertyGraph.Node>> nodes = new HashMap<>();
        List<PropertyGraph.Edge> edges = new ArrayList<>();
        try (Closing<StmtIterator> it = new Closing<>(selected.listStatements())) {
            while (it.value().hasNext()) {
                Statement s = it.value().next();
                Optional<PropertyGraph.Node> from = lookup(nodes, facts, s.getSubject());
                Optional<PropertyGraph.Node> to = lookup(nodes, facts, s.getObject());
                if (from.isPresent() && to.isPresent() && !s.getPredicate().equals(RDF.type)) {
                    String p = s.getPredicate().getURI();
                    edges.add(new PropertyGraph.Edge(from.get().iri(), to.get().iri(), localName(p), p));
                }
            }
        }
        List<PropertyGraph.Node> list = new ArrayList<>();
        nodes.values().forEach(n -> n.ifPresent(list::add));
        list.sort(Comparator.comparing(PropertyGraph.Node::iri));
        edges.sort(Comparator.comparing(PropertyGraph.Edge::source).thenComparing(PropertyGraph.Edge::label)
                .thenComparing(PropertyGraph.Edge::target));
        return new PropertyGraph(list, edges);
    }

    private static Optional<PropertyGraph.Node> lookup(Map<String, Optional<PropertyGraph.Node>> nodes, Model facts,
                                                       RDFNode n) {
        if (!n.isURIResource()) {
            return Optional.empty();
        }
        return nodes.computeIfAbsent(n.asResource().getURI(), iri -> node(facts, n.asResource()));
    }

    /** The node of an entity or event; empty for anything else (articles, blank nodes, concepts). */
    private static Optional<PropertyGraph.Node> node(Model facts, Resource r) {
        if (!r.isURIResource()) {
            return Optional.empty();
        }
        Resource in = facts.createResource(r.getURI());
        List<String> types = new ArrayList<>();
        String kind = null;
        for (Resource c : EVENT_CLASSES) {
            if (facts.contains(in, RDF.type, c)) {
                types.add(c.getLocalName());
                kind = "event";
            }
        }
        for (Resource c : ENTITY_CLASSES) {
            if (kind == null || kind.equals("entity")) {
                if (facts.contains(in, RDF.type, c)) {
                    types.add(c.getLocalName());
                    kind = "entity";
                }
            }
        }
        if (kind == null) {
            return Optional.empty();
        }
        String label = first(facts, in, RDFS.label).map(n -> n.asLiteral().getLexicalForm())
                .orElse(localName(r.getURI()));
        String wikidata = values(facts, in, OWL.sameAs).stream()
                .filter(v -> v.startsWith(Namespaces.WD)).map(v -> v.substring(Namespaces.WD.length()))
                .findFirst().orElse(null);
        String date = first(facts, in, TKG.date).filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLexicalForm()).orElse(null);
        String status = first(facts, in, TKG.status).filter(RDFNode::isURIResource)
                .map(n -> localName(n.asResource().getURI())).orElse(null);
        List<String> codes = values(facts, in, TKG.eventCode).stream()
                .map(v -> Namespaces.prefixes().shortForm(v)).toList();
        return Optional.of(new PropertyGraph.Node(r.getURI(), kind, types.get(0), types, label, wikidata, date,
                status, codes));
    }

    private static Optional<RDFNode> first(Model m, Resource r, Property p) {
        // Sorted, so that a node with two values (two graphs disagreeing) exports the same way each time.
        TreeMap<String, RDFNode> sorted = new TreeMap<>();
        m.listObjectsOfProperty(r, p).forEachRemaining(n -> sorted.put(n.toString(), n));
        return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.firstEntry().getValue());
    }

    private static List<String> values(Model m, Resource r, Property p) {
        List<String> iris = new ArrayList<>();
        m.listObjectsOfProperty(r, p).forEachRemaining(n -> {
            if (n.isURIResource()) {
                iris.add(n.asResource().getURI());
            }
        });
        iris.sort(null);
        return iris;
    }

    /** What follows the last {@code #} or {@code /} of an IRI. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = iri.substring(cut + 1);
        return local.isEmpty() ? iri : local;
    }

    /** Closes a Jena iterator when the loop over it ends, however it ends. */
    private record Closing<T extends org.apache.jena.util.iterator.ClosableIterator<?>>(T value)
            implements AutoCloseable {
        @Override
        public void close() {
            value.close();
        }
    }
}

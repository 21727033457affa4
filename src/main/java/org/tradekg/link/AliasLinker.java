package org.tradekg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.tradekg.vocab.Namespaces;
import org.tradekg.vocab.TKG;

/**
 * Adds {@code owl:sameAs} links to Wikidata for entities that have none, from {@link Aliases}
 * matched against their {@code rdfs:label}. Each article graph that holds a matching entity gets
 * the link, in its own write transaction, so every graph still stands alone.
 *
 * <pre>{@code
 * AliasLinker.Result r = new AliasLinker(Aliases.read(csv)).link(store.dataset());
 * System.out.println(r.describe());
 * }</pre>
 */
public final class AliasLinker {

    private static final Node LABEL = RDFS.label.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ACTOR = TKG.Actor.asNode();
    private static final Node PLACE = TKG.Place.asNode();

    /**
     * What a run did.
     *
     * @param entities distinct entities that got a link
     * @param graphs   graphs changed
     * @param links    links added (an entity in three graphs counts three)
     * @param unused   aliases that matched no unlinked entity
     */
    public record Result(int entities, int graphs, int links, List<String> unused) {

        public Result {
            unused = List.copyOf(unused);
        }

        /** One line: "linked 2 entities (3 links in 3 graphs); 1 alias matched nothing: Foo". */
        public String describe() {
            return "linked " + entities + (entities == 1 ? " entity" : " entities") + " (" + links
                    + (links == 1 ? " link" : " links") + " in " + graphs + (graphs == 1 ? " graph" : " graphs") + ")"
                    + (unused.isEmpty() ? "" : "; " + unused.size() + (unused.size() == 1 ? " alias" : " aliases")
                    + " matched nothing: " + String.join(", ", unused));
        }
    }

    private final Aliases aliases;

    public AliasLinker(Aliases aliases) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    /** Links the entities of every named graph of the dataset, one write transaction per graph. */
    public Result link(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<Node> graphs = Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
        Set<Node> linked = new HashSet<>();
        Set<String> used = new HashSet<>();
        int changedGraphs = 0;
        int links = 0;
        for (Node name : graphs) {
            int added = Txn.calculateWrite(dataset, () -> linkGraph(dsg.getGraph(name), linked, used));
            if (added > 0) {
                changedGraphs++;
                links += added;
            }
        }
        List<String> unused = aliases.all().stream().map(Aliases.Alias::label)
                .filter(l -> !used.contains(Aliases.key(l))).toList();
        return new Result(linked.size(), changedGraphs, links, unused);
    }

    private int linkGraph(Graph g, Set<Node> linked, Set<String> used) {
        List<Triple> add = new ArrayList<>();
        g.find(Node.ANY, LABEL, Node.ANY).forEachRemaining(t -> {
            Node entity = t.getSubject();
            if (!t.getObject().isLiteral() || !isEntity(g, entity) || g.contains(entity, SAME_AS, Node.ANY)) {
                return;
            }
            String label = t.getObject().getLiteralLexicalForm();
            aliases.wikidata(label).ifPresent(q -> {
                add.add(Triple.create(entity, SAME_AS, NodeFactory.createURI(Namespaces.WD + q)));
                linked.add(entity);
                used.add(Aliases.key(label));
            });
        });
        add.forEach(g::add);
        return add.size();
    }

    /** Entities are actors (persons, organisations, countries) and places, never events or articles. */
    private static boolean isEntity(Graph g, Node n) {
        return n.isURI() && (g.contains(n, TYPE, ACTOR) || g.contains(n, TYPE, PLACE));
    }
}

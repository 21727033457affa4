package org.tradekg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 dataset with its jena-text index, whose removal of a named graph works on the stored
 * ids. Removing quads by their node values, as jena-text and TDB2 both do for a graph, fails for
 * inlined numbers: TDB2 gives {@code "100"^^xsd:decimal} back as {@code "100.0"}, which is
 * another id, so the quad would stay behind. Here the index documents of the graph's text quads
 * are deleted, then the graph's rows by their ids.
 */
final class TextIndexedDatasetGraph extends DatasetGraphText {

    private final TextIndex index;
    private final Set<Node> indexed;

    TextIndexedDatasetGraph(DatasetGraph tdb, TextIndex index, List<Node> indexedPredicates) {
        super(tdb, index, new TextDocProducerTriples(index), true);
        this.index = index;
        this.indexed = Set.copyOf(indexedPredicates);
    }

    /**
     * Replaces the named graph with {@code graph}. The triples go straight to TDB2 and their
     * text to the index: jena-text would first ask TDB2, for every quad, whether it is already
     * there, which costs a sixth of an ingest; a graph just removed holds nothing.
     */
    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        DatasetGraph tdb = monitored();
        graph.find().forEachRemaining(t -> {
            tdb.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
            if (indexed.contains(t.getPredicate()) && t.getObject().isLiteral()) {
                Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), graphName, t.getSubject(),
                        t.getPredicate(), t.getObject());
                if (entity != null) {
                    index.addEntity(entity);
                }
            }
        });
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (!g.isURI() || Quad.isUnionGraph(g)) {
            super.deleteAny(g, s, p, o);
            return;
        }
        List<Quad> texts = new ArrayList<>();
        Iterator<Quad> it = monitored().find(g, s, p, o);
        while (it.hasNext()) {
            Quad q = it.next();
            if (indexed.contains(q.getPredicate()) && q.getObject().isLiteral()) {
                texts.add(q);
            }
        }
        for (Quad q : texts) {
            Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
            if (entity != null) {
                index.deleteEntity(entity);
            }
        }
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(monitored()).getQuadTable().getNodeTupleTable();
        List<Tuple<NodeId>> rows = Iter.toList(quads.findAsNodeIds(g, s, p, o));
        quads.getTupleTable().deleteAll(rows);
    }
}

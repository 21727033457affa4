package org.tradekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.TradekgException;
import org.tradekg.vocab.TKG;
import org.tradekg.vocab.TKR;

class ArticleStoreTest {

    @TempDir
    Path dir;

    private static Model articleGraph(String id, int events) {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(TKR.article(id).getURI())
                .addProperty(RDF.type, TKG.Article).addProperty(RDFS.label, "Article " + id);
        for (int i = 1; i <= events; i++) {
            m.createResource(TKR.event(id, i).getURI()).addProperty(RDF.type, TKG.Meeting)
                    .addProperty(RDFS.label, "talks " + i).addProperty(TKG.reportedIn, article);
        }
        m.createResource(TKR.source(id).getURI()).addProperty(TKG.sha256, "hash-of-" + id);
        return m;
    }

    /** The quad indexes of the dataset in {@code db}, by their files. */
    private static List<String> quadIndexes(Path db) throws Exception {
        try (var files = Files.list(db.resolve("Data-0001"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("[GSPO]{4}\\.bpt"))
                    .map(n -> n.substring(0, 4)).sorted().toList();
        }
    }

    /** The union-graph patterns a query uses, over every index TDB2 may choose. */
    private static void assertQueriesAnswer(ArticleStore store) {
        Txn.executeRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            var a1 = NodeFactory.createURI(TKR.article("a1").getURI());
            var meeting = TKG.Meeting.asNode();
            Node any = Node.ANY;
            assertEquals(2, Iter.count(dsg.find(any, any, RDF.type.asNode(), meeting)), "P O");
            assertEquals(2, Iter.count(dsg.find(any, any, any, a1)), "O alone");
            assertEquals(2, Iter.count(dsg.find(any, a1, any, any)), "S alone");
            assertEquals(2, Iter.count(dsg.find(a1, any, RDF.type.asNode(), meeting)), "G P O");
            assertEquals(2, Iter.count(dsg.find(a1, any, any, a1)), "G O");
            assertEquals(9, Iter.count(dsg.find(a1, any, any, any)), "G alone");
        });
    }

    @Test
    void aNewDatasetKeepsFourQuadIndexesAndAnswersEveryPattern() throws Exception {
        Path db = dir.resolve("db");
        try (ArticleStore store = ArticleStore.open(db)) {
            store.replace("a1", articleGraph("a1", 2));
            assertQueriesAnswer(store);
        }
        assertEquals(List.of("GSPO", "OSPG", "POSG", "SPOG"), quadIndexes(db));
        try (ArticleStore store = ArticleStore.openExisting(db)) {
            store.replace("a2", articleGraph("a2", 1));
        }
        assertEquals(List.of("GSPO", "OSPG", "POSG", "SPOG"), quadIndexes(db), "the layout is kept on reopening");
    }

    @Test
    void aDatasetMadeWithTdb2sSixIndexesIsUsedAsItIs() throws Exception {
        Path db = dir.resolve("db");
        // as an earlier tradekg, or TDB2's own tools, made it
        DatasetGraph made = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeWrite(made, () -> made.add(NodeFactory.createURI(TKR.article("old").getURI()),
                NodeFactory.createURI(TKR.article("old").getURI()), RDF.type.asNode(), TKG.Article.asNode()));
        TDBInternal.expel(made);
        Files.deleteIfExists(db.resolve("tdb.cfg"));
        try (ArticleStore store = ArticleStore.openExisting(db)) {
            store.replace("a1", articleGraph("a1", 2));
            assertQueriesAnswer(store);
            assertEquals(List.of("a1", "old"), store.articleIds().stream().sorted().toList());
        }
        assertEquals(List.of("GOSP", "GPOS", "GSPO", "OSPG", "POSG", "SPOG"), quadIndexes(db));
    }

    @Test
    void storingTheSameGraphTwiceKeepsTheQuadCount() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            store.replace("a1", articleGraph("a1", 2));
            long once = store.quadCount();
            store.replace("a1", articleGraph("a1", 2));
            assertEquals(once, store.quadCount());
            assertEquals(List.of("a1"), store.articleIds());
        }
    }

    @Test
    void replacingAnArticleDropsTheTriplesOfItsOldGraph() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            store.replace("a1", articleGraph("a1", 3));
            long three = store.quadCount();
            long stored = store.replace("a1", articleGraph("a1", 1));
            assertEquals(three - 6, store.quadCount(), "two meetings of three triples each are gone");
            assertEquals(stored, store.quadCount());
        }
    }

    @Test
    void deleteRemovesExactlyThatArticlesQuads() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            long first = store.replace("a1", articleGraph("a1", 2));
            long second = store.replace("a2", articleGraph("a2", 4));
            assertEquals(first + second, store.quadCount());
            assertTrue(store.delete("a1"));
            assertEquals(second, store.quadCount());
            assertEquals(List.of("a2"), store.articleIds());
            assertFalse(store.delete("a1"), "already gone");
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldGraphAsItWas() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            store.replace("a1", articleGraph("a1", 2));
            long before = store.quadCount();
            Model broken = articleGraph("a1", 5);
            // A variable is not RDF: TDB2 refuses to store it, in the middle of the transaction.
            broken.getGraph().add(Triple.create(NodeFactory.createURI(TKR.article("a1").getURI()),
                    RDFS.comment.asNode(), NodeFactory.createVariable("x")));
            assertThrows(RuntimeException.class, () -> store.replace("a1", broken));
            assertEquals(before, store.quadCount());
        }
    }

    @Test
    void aFailedFirstWriteLeavesNoGraph() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            Model broken = articleGraph("a9", 3);
            broken.getGraph().add(Triple.create(NodeFactory.createURI(TKR.article("a9").getURI()),
                    RDFS.comment.asNode(), NodeFactory.createVariable("x")));
            assertThrows(RuntimeException.class, () -> store.replace("a9", broken));
            assertEquals(0, store.quadCount());
            assertEquals(List.of(), store.articleIds());
        }
    }

    @Test
    void remembersTheHashOfTheSourceOfEachArticle() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            store.replace("a1", articleGraph("a1", 1));
            assertEquals(Optional.of("hash-of-a1"), store.recordedSha256("a1"));
            assertEquals(Optional.empty(), store.recordedSha256("a2"));
        }
    }

    @Test
    void contentsSurviveReopening() {
        long quads;
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            quads = store.replace("a1", articleGraph("a1", 2));
        }
        try (ArticleStore store = ArticleStore.openExisting(dir.resolve("db"))) {
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void refusesToServeADirectoryThatHoldsNoDataset() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        TradekgException e = assertThrows(TradekgException.class, () -> ArticleStore.openExisting(empty));
        assertTrue(e.getMessage().contains("no TDB2 dataset"), e.getMessage());
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThrows(TradekgException.class, () -> ArticleStore.open(file));
    }
}

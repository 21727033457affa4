package org.tradekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.Pipeline;
import org.tradekg.sparql.QueryRunner;
import org.tradekg.vocab.PROV;
import org.tradekg.vocab.TKG;
import org.tradekg.vocab.TKR;

class IngestTest {

    private static final Path DEV = Path.of("../shared/eval/dev/articles");
    private static final Path SEED = DEV.resolve("seed-us-china-talks.txt");
    private static Pipeline pipeline;

    @TempDir
    Path dir;
    StringWriter err = new StringWriter();

    @BeforeAll
    static void loadPipeline() {
        pipeline = Pipeline.load();
    }

    private Ingest.Summary ingest(ArticleStore store, boolean force, Path... paths) {
        return new Ingest(store, () -> pipeline, new ArticleReader(null, StandardCharsets.UTF_8), force, 2,
                new PrintWriter(err, true), false).run(List.of(paths));
    }

    @Test
    void ingestsEveryArticleIntoItsOwnGraph() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            Ingest.Summary s = ingest(store, false, DEV);
            long files;
            try (var list = Files.list(DEV)) {
                files = list.count();
            }
            assertEquals(files, s.articles(), s.describe());
            assertEquals(0, s.failed(), err.toString());
            assertEquals(s.quads(), store.quadCount());
            assertEquals(files, store.articleIds().size());
            assertEquals(0, s.exitCode());
        }
    }

    @Test
    void ingestingTwiceEqualsIngestingOnce() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            ingest(store, false, DEV);
            long once = store.quadCount();
            Ingest.Summary again = ingest(store, false, DEV);
            assertEquals(once, store.quadCount());
            assertEquals(0, again.articles(), "unchanged sources are not extracted again");
            assertEquals(store.articleIds().size(), again.skipped());
            Ingest.Summary forced = ingest(store, true, DEV);
            assertEquals(store.articleIds().size(), forced.articles());
            assertEquals(once, store.quadCount(), "forced re-ingest replaces, never duplicates");
        }
    }

    @Test
    void aChangedSourceReplacesTheArticleGraph() throws IOException {
        Path file = dir.resolve("seed.txt");
        Files.copy(SEED, file);
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            ingest(store, false, file);
            String id = store.articleIds().get(0);
            String before = store.recordedSha256(id).orElseThrow();
            Files.writeString(file, Files.readString(file).strip()
                    + "\n\nThe talks will resume in Geneva next week.\n");
            Ingest.Summary s = ingest(store, false, file);
            assertEquals(1, s.articles(), s.describe());
            assertEquals(List.of(id), store.articleIds());
            assertTrue(!before.equals(store.recordedSha256(id).orElseThrow()), "the new hash is recorded");
        }
    }

    @Test
    void eachGraphRecordsItsProvenance() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            ingest(store, false, SEED);
            String id = store.articleIds().get(0);
            Node article = TKR.article(id).asNode();
            Node activity = TKR.activity(id).asNode();
            Node source = TKR.source(id).asNode();
            Txn.executeRead(store.dataset(), () -> {
                Graph g = store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(TKR.article(id).getURI()));
                assertTrue(g.contains(article, PROV.wasGeneratedBy.asNode(), activity));
                assertTrue(g.contains(article, PROV.wasDerivedFrom.asNode(), source));
                assertTrue(g.contains(activity, PROV.used.asNode(), source));
                assertTrue(g.contains(activity, PROV.startedAtTime.asNode(), Node.ANY));
                assertTrue(g.contains(activity, TKG.softwareVersion.asNode(), Node.ANY));
                assertTrue(g.contains(activity, TKG.modelVersion.asNode(), Node.ANY));
                assertTrue(g.contains(activity, TKG.gazetteerVersion.asNode(), Node.ANY));
                assertTrue(g.contains(source, TKG.sha256.asNode(), Node.ANY));
                assertTrue(g.contains(source, TKG.byteLength.asNode(), Node.ANY));
            });
        }
    }

    @Test
    void deletingOneArticleRemovesExactlyItsQuads() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            ingest(store, false, DEV);
            long all = store.quadCount();
            try (ArticleStore seedOnly = ArticleStore.open(dir.resolve("seed-db"))) {
                ingest(seedOnly, false, SEED);
                String id = seedOnly.articleIds().get(0);
                long seedQuads = seedOnly.quadCount();
                assertTrue(store.delete(id));
                assertEquals(all - seedQuads, store.quadCount());
            }
        }
    }

    @Test
    void aBadFileIsReportedAndTheGoodOnesAreStillIngested() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(SEED, in.resolve("good.txt"));
        Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(in.resolve("empty.txt"), "");
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            Ingest.Summary s = ingest(store, false, in, dir.resolve("missing"));
            assertEquals(1, s.articles());
            assertEquals(3, s.failed(), err.toString());
            assertEquals(2, s.exitCode());
            List<String> lines = err.toString().lines().toList();
            assertEquals(3, lines.size(), err.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("binary.txt")), err.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("empty.txt")), err.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("missing")), err.toString());
        }
    }

    @Test
    void nothingDoneIsExitCodeOne() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "");
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            assertEquals(1, ingest(store, false, bad).exitCode());
        }
    }

    /** The rows of queries/text-search.rq ("semiconductor"): [node, kind, text, articleId]. */
    private static List<String[]> textSearch(ArticleStore store) {
        String sparql = QueryRunner.resolve("text-search");
        return Txn.calculateRead(store.dataset(), () -> {
            List<String[]> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(sparql, store.dataset())) {
                qe.execSelect().forEachRemaining((QuerySolution r) -> rows.add(new String[] {
                        r.getResource("node").getURI(), r.getLiteral("kind").getString(),
                        r.getLiteral("text").getString(), r.getLiteral("articleId").getString()}));
            }
            return rows;
        });
    }

    @Test
    void textSearchFindsEvidenceSentencesUntilTheirArticleIsDeleted() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            ingest(store, false, DEV);
            List<String[]> before = textSearch(store);
            String[] evidence = before.stream()
                    .filter(r -> r[1].equals("Event") && r[2].toLowerCase().contains("semiconductor"))
                    .findFirst().orElseThrow(() -> new AssertionError("no evidence sentence found"));
            String article = evidence[3];
            assertTrue(store.delete(article));
            List<String[]> after = textSearch(store);
            assertTrue(after.stream().noneMatch(r -> r[3].equals(article)), "nothing of " + article + " is found");
            assertTrue(after.stream().noneMatch(r -> r[0].equals(evidence[0])));
            assertTrue(!after.isEmpty(), "other articles still match");

            ingest(store, false, DEV);
            assertEquals(before.size(), textSearch(store).size(), "re-ingesting the article indexes it again");
        }
    }

    @Test
    void aTextIndexOutOfStepWithTheDataIsRebuiltWhenChecked() throws IOException {
        Path db = dir.resolve("db");
        try (ArticleStore store = ArticleStore.open(db)) {
            ingest(store, false, DEV);
        }
        // As after a crash between the data's commit and the index's: the index lost its last writes.
        try (var files = Files.walk(db.resolve(ArticleStore.TEXT_INDEX))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        try (ArticleStore store = ArticleStore.open(db)) {
            assertTrue(textSearch(store).isEmpty());
            assertTrue(store.checkTextIndex(), "the index is behind the data");
            assertTrue(!textSearch(store).isEmpty());
            assertTrue(!store.checkTextIndex(), "now in step");
        }
    }
}

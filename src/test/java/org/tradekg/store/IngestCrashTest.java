package org.tradekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.article.ArticleReader;
import org.tradekg.bench.CorpusSubset;
import org.tradekg.extract.Pipeline;
import org.tradekg.sparql.QueryRunner;
import org.tradekg.vocab.PROV;

/**
 * {@code kill -9} in the middle of a long ingest: a child JVM running {@code tradekg ingest} is
 * killed once it has committed its first batch; the dataset opens and answers, and a second run
 * brings it to the contents of an uninterrupted run, text index included.
 */
class IngestCrashTest {

    private static final Path REUTERS = Path.of("../shared/corpus/reuters21578/reut2-000.sgm");
    private static final int ARTICLES = 700;

    @TempDir
    Path dir;

    private static Ingest.Summary ingest(Path db, Pipeline pipeline, List<Path> corpus) {
        try (ArticleStore store = ArticleStore.open(db)) {
            StringWriter err = new StringWriter();
            Ingest.Summary s = new Ingest(store, () -> pipeline, new ArticleReader(null, StandardCharsets.UTF_8),
                    false, 2, new PrintWriter(err, true), false).run(corpus);
            assertEquals(0, s.failed(), err.toString());
            return s;
        }
    }

    /** Every quad but the run's start time, which differs from run to run by design. */
    private static Set<String> contents(Path db) {
        try (ArticleStore store = ArticleStore.openExisting(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<String> quads = new TreeSet<>();
                store.dataset().asDatasetGraph().find().forEachRemaining((Quad q) -> {
                    if (!q.getPredicate().equals(PROV.startedAtTime.asNode())) {
                        quads.add(q.toString());
                    }
                });
                return quads;
            });
        }
    }

    /** What full-text search finds: node and text of each row of queries/text-search.rq. */
    private static Set<String> textSearch(Path db) {
        try (ArticleStore store = ArticleStore.openExisting(db)) {
            String sparql = QueryRunner.resolve("text-search").replace("\"semiconductor\"", "\"trade\"");
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(sparql, store.dataset())) {
                    Set<String> rows = new TreeSet<>();
                    qe.execSelect().forEachRemaining(r -> rows.add(r.get("node") + " " + r.get("text")));
                    return rows;
                }
            });
        }
    }

    /** Batches committed so far: Lucene writes one segments_N file per commit. */
    private static long commits(Path db) throws IOException {
        Path index = db.resolve(ArticleStore.TEXT_INDEX);
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(index)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segments_"))
                    .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX))
                    .max().orElse(0);
        }
    }

    @Test
    void aSecondRunAfterKillNineEqualsAnUninterruptedRun() throws Exception {
        List<Path> corpus = CorpusSubset.write(List.of(REUTERS), ARTICLES, dir.resolve("corpus"));
        Path killed = dir.resolve("killed");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(Stream.concat(Stream.of(java.toString(), "-cp",
                        System.getProperty("java.class.path"), "org.tradekg.cli.Main", "ingest", "--threads", "2",
                        "--batch-quads", "5000",
                        "--db", killed.toString()), corpus.stream().map(Path::toString)).toList())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        try {
            // The index opens with commit 1; wait for the first batch's commit after it.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (commits(killed) < 2 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(child.isAlive(), "the ingest was still running when killed: "
                    + Files.readString(dir.resolve("child.err")));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        long storedBeforeRerun;
        try (ArticleStore store = ArticleStore.openExisting(killed)) {
            storedBeforeRerun = store.articleIds().size();
            String countQuery;
            try (InputStream in = getClass().getResourceAsStream("article-count.rq")) {
                countQuery = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long counted = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(countQuery, store.dataset())) {
                    return qe.execSelect().next().getLiteral("articles").getLong();
                }
            });
            assertEquals(storedBeforeRerun, counted, "the dataset answers queries after the kill");
        }
        Pipeline pipeline = Pipeline.load();
        Ingest.Summary whole = ingest(dir.resolve("whole"), pipeline, corpus);
        assertTrue(storedBeforeRerun > 0 && storedBeforeRerun < whole.articles(),
                "killed in the middle: " + storedBeforeRerun + " of " + whole.articles() + " stored");

        Ingest.Summary rerun = ingest(killed, pipeline, corpus);
        assertEquals(storedBeforeRerun, rerun.skipped(), "what the killed run stored is not extracted again");
        assertEquals(whole.articles() - storedBeforeRerun, rerun.articles());

        Set<String> expected = contents(dir.resolve("whole"));
        Set<String> actual = contents(killed);
        assertEquals(expected.size(), actual.size());
        assertEquals(expected, actual);
        Set<String> found = textSearch(killed);
        assertFalse(found.isEmpty());
        assertEquals(textSearch(dir.resolve("whole")), found, "the text index agrees too");
    }
}

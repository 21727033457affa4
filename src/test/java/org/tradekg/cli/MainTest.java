package org.tradekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradekg.cli.CliRun.tradekg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.store.ArticleStore;

class MainTest {

    private static final Path DEV = Path.of("../shared/eval/dev/articles");
    private static final Path SEED = DEV.resolve("seed-us-china-talks.txt");
    private static final String MEETINGS = "SELECT ?m WHERE { ?m a tkg:Meeting }";

    @TempDir
    Path dir;

    @Test
    void printsItsVersion() {
        CliRun r = tradekg("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("tradekg "), r.out());
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : List.of("extract", "ingest", "serve", "query", "validate")) {
            CliRun r = tradekg(command, "--help");
            assertEquals(0, r.exit(), command);
            assertTrue(r.out().contains("Usage: tradekg " + command) && r.out().contains("Examples:"), r.out());
        }
    }

    @Test
    void extractPrintsTrigThatParses() {
        CliRun r = tradekg("extract", SEED.toString());
        assertEquals(0, r.exit(), r.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(r.out(), Lang.TRIG).parse(ds);
        List<String> graphs = new ArrayList<>();
        ds.listNames().forEachRemaining(graphs::add);
        assertEquals(1, graphs.size(), graphs.toString());
        assertTrue(ds.getNamedModel(graphs.get(0)).size() > 10);
    }

    @Test
    void extractWritesEachFormat() throws IOException {
        for (String format : List.of("nquads", "turtle", "jsonld", "trig")) {
            Path file = dir.resolve("out." + (format.equals("turtle") ? "ttl" : format.equals("nquads") ? "nq" : format));
            CliRun r = tradekg("extract", "--format", format, "-o", file.toString(), SEED.toString());
            assertEquals(0, r.exit(), format + ": " + r.err());
            assertEquals("", r.out());
            Dataset ds = DatasetFactory.create();
            RDFParser.source(file).parse(ds);
            assertTrue(ds.asDatasetGraph().stream().count() > 10, format);
        }
        assertEquals(2, tradekg("extract", "--format", "rdfxml", SEED.toString()).exit());
    }

    @Test
    void queriesExtractedFilesByFileNameOrText() throws IOException {
        Path nq = dir.resolve("dev.nq");
        assertEquals(0, tradekg("extract", "--format", "nquads", "-o", nq.toString(), DEV.toString()).exit());
        Path rq = Files.writeString(dir.resolve("meetings.rq"),
                "PREFIX tkg: <https://w3id.org/tradekg/ontology#>\n" + MEETINGS + "\n");
        CliRun byFile = tradekg("query", "--data", nq.toString(), "--results", "csv", rq.toString());
        assertEquals(0, byFile.exit(), byFile.err());
        List<String> rows = byFile.out().lines().toList();
        assertEquals("m", rows.get(0), "CSV with a header row");
        assertTrue(rows.size() > 1, "the dev articles have meetings");
        CliRun inline = tradekg("query", "--data", nq.toString(), "--results", "csv", MEETINGS);
        assertEquals(byFile.out(), inline.out());
        Path named;
        try (var list = Files.list(Path.of("queries"))) {
            named = list.filter(p -> p.toString().endsWith(".rq")).sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("queries/ holds no .rq file"));
        }
        String name = named.getFileName().toString().replace(".rq", "");
        CliRun byName = tradekg("query", "--data", nq.toString(), "--results", "csv", name);
        assertEquals(0, byName.exit(), byName.err());
        assertEquals(tradekg("query", "--data", nq.toString(), "--results", "csv", named.toString()).out(),
                byName.out());
    }

    @Test
    void aBadFileBesideAGoodOneIsOneLineAndExitCodeTwo() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(SEED, in.resolve("good.txt"));
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talks\n\nTalks in Caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = tradekg("extract", in.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("tradekg: ") && r.err().contains("latin1.txt"), r.err());
        assertTrue(r.out().contains("seed"), "the good article is still extracted");
        CliRun latin1 = tradekg("extract", "--encoding", "ISO-8859-1", in.resolve("latin1.txt").toString());
        assertEquals(0, latin1.exit(), latin1.err());
    }

    @Test
    void nothingExtractedIsExitCodeOne() {
        CliRun r = tradekg("extract", dir.resolve("nowhere").toString());
        assertEquals(1, r.exit());
        assertEquals(List.of("tradekg: no such file or directory: " + dir.resolve("nowhere")), r.errLines());
    }

    @Test
    void usageErrorsAreOneLineAndExitCodeTwo() {
        CliRun r = tradekg("query", "--results", "xml", "--db", "x", "q");
        assertEquals(2, r.exit());
        assertTrue(r.errLines().get(0).startsWith("tradekg: ") && r.err().contains("xml"), r.err());
        assertEquals(2, tradekg("query", "--db", "a", "--data", "b.nq", "q").exit(), "one source only");
        assertEquals(2, tradekg("ingest", "--db", dir.toString()).exit(), "nothing to do");
        assertEquals(2, tradekg("serve", "--db", dir.toString(), "--update").exit(), "--update needs --passwd");
    }

    @Test
    void aMissingDatasetIsOneClearLine() {
        CliRun r = tradekg("query", "--db", dir.resolve("none").toString(), MEETINGS);
        assertEquals(1, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("no TDB2 dataset"), r.err());
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun r = tradekg("query", "--debug", "--db", dir.resolve("none").toString(), MEETINGS);
        assertEquals(1, r.exit());
        assertTrue(r.errLines().size() > 1 && r.err().contains("\tat org.tradekg."), r.err());
    }

    @Test
    void ingestsQueriesAndDeletes() {
        String db = dir.resolve("db").toString();
        CliRun ingest = tradekg("ingest", "--db", db, SEED.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().startsWith("ingested 1 articles"), ingest.out());
        CliRun query = tradekg("query", "--db", db, "--results", "tsv", MEETINGS);
        assertEquals(0, query.exit(), query.err());
        assertTrue(query.out().lines().count() > 1, query.out());
        CliRun again = tradekg("ingest", "--db", db, SEED.toString());
        assertTrue(again.out().contains("1 skipped"), again.out());
        String id;
        try (ArticleStore store = ArticleStore.openExisting(dir.resolve("db"))) {
            id = store.articleIds().get(0);
        }
        CliRun delete = tradekg("ingest", "--db", db, "--delete", id);
        assertEquals(0, delete.exit(), delete.err());
        assertEquals(1, tradekg("query", "--db", db, "--results", "csv", MEETINGS).out().lines().count());
        assertEquals(1, tradekg("ingest", "--db", db, "--delete", id).exit(), "already deleted");
    }

    @Test
    void validatesExtractedArticlesAndRejectsBrokenGraphs() throws IOException {
        Path trig = dir.resolve("dev.trig");
        assertEquals(0, tradekg("extract", "-o", trig.toString(), DEV.toString()).exit());
        CliRun ok = tradekg("validate", "--data", trig.toString());
        assertEquals(0, ok.exit(), ok.out());
        assertTrue(ok.out().contains("conforms"), ok.out());
        Path broken = Files.writeString(dir.resolve("broken.trig"), """
                PREFIX tkg: <https://w3id.org/tradekg/ontology#>
                <https://w3id.org/tradekg/resource/article/x> {
                  <https://w3id.org/tradekg/resource/event/x-1> a tkg:Meeting, tkg:Event .
                }
                """);
        CliRun bad = tradekg("validate", "--data", broken.toString());
        assertEquals(1, bad.exit(), bad.out());
        assertTrue(bad.out().contains("https://w3id.org/tradekg/resource/event/x-1"), bad.out());
    }

    @Test
    void aSecondProcessOnALockedDatasetGetsOneClearLine() throws Exception {
        Path db = dir.resolve("locked");
        try (ArticleStore store = ArticleStore.open(db)) {
            store.quadCount();
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "ingest", "--db", db.toString(), SEED.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, p.exitValue(), err);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("tradekg: ") && err.contains("TDB2 lock"), err);
        }
    }
}

package org.tradekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradekg.cli.CliRun.tradekg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradekg link} and {@code tradekg export} through the command line, on the seed article. */
class LinkAndExportCommandsTest {

    private static final Path SEED = Path.of("../shared/eval/dev/articles/seed-us-china-talks.txt");

    @TempDir
    static Path dir;
    static Path nq;

    /** The label of an entity of the seed that the gazetteer does not link, whichever it is today; it is
     * linked in these tests to Q4115189, the Wikidata sandbox item, which no gazetteer row names. */
    static String unlinked;

    @BeforeAll
    static void extractTheSeed() {
        nq = dir.resolve("seed.nq");
        CliRun r = tradekg("extract", "--format", "nquads", "-o", nq.toString(), SEED.toString());
        assertEquals(0, r.exit(), r.err());
        CliRun q = tradekg("query", "--data", nq.toString(), "--results", "tsv",
                "SELECT ?l WHERE { ?e a tkg:Actor ; rdfs:label ?l FILTER NOT EXISTS { ?e owl:sameAs ?x } } ORDER BY ?l");
        List<String> rows = q.out().lines().toList();
        assertTrue(rows.size() > 1, "the seed has an entity without a Wikidata link: " + q.out());
        unlinked = rows.get(1).replaceAll("^\"|\"$", "");
    }

    @Test
    void linkAddsSameAsToTheDataFilesAndSaysHowMany() throws Exception {
        Path aliases = Files.writeString(dir.resolve("aliases.csv"), "label,wikidata_id\n\"" + unlinked + "\",Q4115189\n");
        Path linked = dir.resolve("linked.nq");
        CliRun r = tradekg("link", "--aliases", aliases.toString(), "--data", nq.toString(), "-o", linked.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("linked 1 entity"), r.out());
        Dataset ds = DatasetFactory.create();
        RDFParser.source(linked).parse(ds);
        assertTrue(ds.asDatasetGraph().stream().count() > 100, "the whole data, linked");
        CliRun q = tradekg("query", "--data", linked.toString(), "--results", "csv",
                "SELECT ?l WHERE { ?e owl:sameAs wd:Q4115189 ; rdfs:label ?l }");
        assertEquals(List.of("l", unlinked), q.out().lines().toList());
    }

    @Test
    void linkUpdatesADatasetInPlace() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, tradekg("ingest", "--db", db.toString(), SEED.toString()).exit());
        Path aliases = Files.writeString(dir.resolve("db-aliases.csv"), "\"" + unlinked.toUpperCase() + "\",Q4115189\n");
        CliRun r = tradekg("link", "--aliases", aliases.toString(), "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("linked 1 entity (1 link in 1 graph)"), r.out());
        CliRun q = tradekg("query", "--db", db.toString(), "--results", "csv", "ASK { ?e owl:sameAs wd:Q4115189 }");
        assertTrue(q.out().contains("true"), q.out());
    }

    @Test
    void linkRefusesOutputWithADatabase() {
        CliRun r = tradekg("link", "--aliases", "x.csv", "--db", dir.toString(), "-o", "x.nq");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("-o is only used with --data"), r.err());
    }

    @Test
    void exportWritesEveryFormat() throws Exception {
        for (String format : List.of("graphml", "gexf", "dot", "cytoscape", "jsonld")) {
            Path file = dir.resolve("seed." + format);
            CliRun r = tradekg("export", "--data", nq.toString(), "--format", format, "-o", file.toString());
            assertEquals(0, r.exit(), format + ": " + r.err());
            assertTrue(r.out().startsWith("tradekg: exported "), r.out());
            assertTrue(Files.readString(file).contains("Scott Bessent"), format);
        }
    }

    @Test
    void exportToStdoutWithAConstructQuery() {
        CliRun r = tradekg("export", "--data", nq.toString(), "--format", "dot", "--query", "actor-network");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("digraph tradekg {") && r.out().contains("meetsWith"), r.out());
        assertTrue(r.err().contains("exported"), r.err());
    }

    @Test
    void exportRefusesASelectQueryAndAnUnknownFormat() {
        CliRun select = tradekg("export", "--data", nq.toString(), "--format", "gexf", "--query", "meetings");
        assertEquals(1, select.exit());
        assertTrue(select.err().contains("not a CONSTRUCT query"), select.err());
        CliRun format = tradekg("export", "--data", nq.toString(), "--format", "svg");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("unknown export format 'svg'"), format.err());
    }

    @Test
    void bothCommandsHaveHelpWithExamples() {
        for (String command : List.of("link", "export")) {
            CliRun r = tradekg(command, "--help");
            assertEquals(0, r.exit(), command);
            assertTrue(r.out().contains("Usage: tradekg " + command) && r.out().contains("Examples:"), r.out());
        }
    }
}

package org.tradekg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.TradekgException;
import org.tradekg.store.DataFiles;

class QueryRunnerTest {

    private static final String TRIG = """
            @prefix tkg: <https://w3id.org/tradekg/ontology#> .
            @prefix art: <https://w3id.org/tradekg/resource/article/> .
            @prefix ev: <https://w3id.org/tradekg/resource/event/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            art:a1 {
              ev:a1-1 a tkg:Meeting ; rdfs:label "talks in Geneva" ; tkg:reportedIn art:a1 .
            }
            art:a2 {
              ev:a2-1 a tkg:Meeting ; rdfs:label "call" ; tkg:reportedIn art:a2 .
              ev:a2-2 a tkg:Tariff ; rdfs:label "tariff" ; tkg:reportedIn art:a2 .
            }
            """;
    private static final String MEETINGS = "SELECT ?m ?label WHERE { ?m a tkg:Meeting ; rdfs:label ?label } ORDER BY ?label";

    @TempDir
    Path dir;
    Dataset dataset;

    @BeforeEach
    void load() throws IOException {
        dataset = DataFiles.load(List.of(Files.writeString(dir.resolve("facts.trig"), TRIG)));
    }

    private String run(String sparql, QueryRunner.Results results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(dataset, sparql, results, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs() {
        String csv = run(MEETINGS, QueryRunner.Results.CSV);
        assertEquals(List.of("m,label",
                "https://w3id.org/tradekg/resource/event/a2-1,call",
                "https://w3id.org/tradekg/resource/event/a1-1,talks in Geneva"), csv.lines().toList());
    }

    @Test
    void queriesWithGraphSeeEachArticleGraph() {
        String csv = run("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e tkg:reportedIn ?a } } ORDER BY ?g",
                QueryRunner.Results.CSV);
        assertEquals(3, csv.lines().count(), csv);
    }

    @Test
    void triplesOutsideAnyGraphAreQueriedToo() throws IOException {
        Path ttl = Files.writeString(dir.resolve("plain.ttl"),
                "<https://example.org/x> a <https://w3id.org/tradekg/ontology#Meeting> ; "
                        + "<http://www.w3.org/2000/01/rdf-schema#label> \"plain\" .");
        dataset = DataFiles.load(List.of(ttl));
        assertTrue(run(MEETINGS, QueryRunner.Results.CSV).contains("https://example.org/x,plain"));
    }

    @Test
    void writesEachResultsFormat() {
        assertTrue(run(MEETINGS, QueryRunner.Results.TSV).startsWith("?m\t?label"));
        assertTrue(run(MEETINGS, QueryRunner.Results.JSON).contains("\"bindings\""));
        assertTrue(run(MEETINGS, QueryRunner.Results.TEXT).contains("talks in Geneva"));
        assertTrue(run("ASK { ?x a tkg:Tariff }", QueryRunner.Results.CSV).contains("true"));
    }

    @Test
    void constructAnswersAreTurtle() {
        String ttl = run("CONSTRUCT { ?m a tkg:Meeting } WHERE { ?m a tkg:Meeting }", QueryRunner.Results.CSV);
        assertTrue(ttl.contains("tkg:Meeting"), ttl);
    }

    @Test
    void resolvesAFileAQueryNameOrSparqlText() throws IOException {
        Path file = Files.writeString(dir.resolve("q.rq"), MEETINGS);
        assertEquals(MEETINGS, QueryRunner.resolve(file.toString()));
        assertEquals(MEETINGS, QueryRunner.resolve(MEETINGS));
        Path named = firstNamedQuery();
        String name = named.getFileName().toString();
        String text = Files.readString(named);
        assertEquals(text, QueryRunner.resolve(name));
        assertEquals(text, QueryRunner.resolve(name.substring(0, name.length() - 3)));
    }

    @Test
    void everyNamedQueryParses() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            files.filter(p -> p.toString().endsWith(".rq"))
                    .forEach(p -> QueryRunner.parse(QueryRunner.resolve(p.getFileName().toString())));
        }
    }

    @Test
    void anUnknownQueryNameIsAnErrorNamingIt() {
        TradekgException e = assertThrows(TradekgException.class, () -> QueryRunner.resolve("no-such-query"));
        assertTrue(e.getMessage().contains("no-such-query"), e.getMessage());
        assertThrows(TradekgException.class, () -> QueryRunner.resolve("missing/file.rq"));
    }

    @Test
    void aMalformedQuerySaysWhereItBroke() {
        TradekgException e = assertThrows(TradekgException.class,
                () -> run("SELECT ?x WHERE { ?x a }", QueryRunner.Results.CSV));
        assertTrue(e.getMessage().startsWith("malformed query:") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aFileThatIsNotRdfIsAnErrorNamingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.nq"), "this is not n-quads\n");
        TradekgException e = assertThrows(TradekgException.class, () -> DataFiles.load(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }

    private static Path firstNamedQuery() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("queries/ holds no .rq file"));
        }
    }
}

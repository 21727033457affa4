package org.tradekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.Pipeline;
import org.tradekg.store.ArticleStore;
import org.tradekg.store.Ingest;
import org.tradekg.vocab.TKG;

/** A real Fuseki on a free port over a real TDB2 directory holding the dev articles, over real HTTP. */
class TradekgServerTest {

    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-pass";

    @TempDir
    static Path dir;
    static ArticleStore store;
    static TradekgServer server;
    /** HTTP/1.1: Jetty 12.1 drops the connection of a plain-HTTP request that offers an h2c upgrade. */
    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void ingestDevArticlesAndServe() throws IOException {
        store = ArticleStore.open(dir.resolve("db"));
        Ingest.Summary summary = new Ingest(store, Pipeline::load, new ArticleReader(null, StandardCharsets.UTF_8),
                false, 2, new PrintWriter(Writer.nullWriter()), false)
                .run(List.of(Path.of("../shared/eval/dev/articles")));
        assertEquals(0, summary.failed(), summary.describe());
        Path passwd = Files.writeString(dir.resolve("passwd"), USER + ":" + PASSWORD + "\n");
        server = TradekgServer.create(store.dataset()).port(0).timeoutSeconds(2).update(passwd).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TradekgServerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return Http.send(http, request.timeout(Duration.ofSeconds(30)).build());
    }

    private static HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(server.datasetUrl() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void answersMeetingsOverTheUnionOfTheArticleGraphs() throws Exception {
        HttpResponse<String> r = send(post("/sparql", "application/sparql-query", resource("meetings.rq"))
                .header("Accept", "text/csv"));
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals("meeting", lines.get(0));
        assertTrue(lines.size() > 1, "some meetings in the dev articles: " + r.body());
    }

    @Test
    void theQueryEndpointAnswersToo() throws Exception {
        HttpResponse<String> r = send(post("/query", "application/sparql-query", resource("meetings.rq"))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"bindings\""), r.body());
    }

    @Test
    void updatesWithoutCredentialsAreRefused() throws Exception {
        HttpResponse<String> r = send(post("/update", "application/sparql-update", resource("insert-anonymous.ru")));
        assertEquals(401, r.statusCode(), r.body());
        assertEquals(401, send(get("/tradekg/data?default")).statusCode());
        assertFalse(ask(resource("anonymous-added.rq")));
    }

    @Test
    void updatesWithCredentialsAreApplied() throws Exception {
        HttpResponse<String> r = send(post("/update", "application/sparql-update", resource("insert.ru"))
                .header("Authorization", basic()));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertTrue(ask(resource("added.rq")));
        HttpResponse<String> gsp = send(get("/tradekg/data?graph=https://example.org/graph/test")
                .header("Authorization", basic()).header("Accept", "text/turtle"));
        assertEquals(200, gsp.statusCode(), gsp.body());
        assertTrue(gsp.body().contains("added"), gsp.body());
    }

    @Test
    void theQueryEndpointNeverAcceptsUpdates() throws Exception {
        HttpResponse<String> r = send(post("/sparql", "application/sparql-update", resource("insert-anonymous.ru"))
                .header("Authorization", basic()));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertFalse(ask(resource("anonymous-added.rq")));
    }

    @Test
    void aMalformedQueryIsABadRequest() throws Exception {
        HttpResponse<String> r = send(post("/sparql", "application/sparql-query", resource("malformed.rq")));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("line"), "Fuseki says where: " + r.body());
    }

    @Test
    void anExpensiveQueryStopsAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = send(post("/sparql", "application/sparql-query", resource("expensive.rq"))
                .header("Accept", "text/csv"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 15, "stopped after " + seconds + " s");
    }

    @Test
    void keepsSilentConnectionsOpenLongerThanTheQueryTimeout() {
        // Jetty's own default (30 s) would cut a query allowed to run longer before it is answered.
        assertEquals(2_000 + 30_000, server.idleTimeoutMillis());
    }

    @Test
    void pingSaysTheServerIsUp() throws Exception {
        assertEquals(200, send(get("/$/ping")).statusCode());
    }

    @Test
    void servesTheOntologyAsTurtle() throws Exception {
        HttpResponse<String> r = send(get("/ontology"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model ontology = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(ontology);
        assertTrue(ontology.containsResource(TKG.Meeting), "the ontology defines tkg:Meeting");
    }

    @Test
    void describesTheDatasetWithVoid() throws Exception {
        HttpResponse<String> r = send(get("/.well-known/void"));
        assertEquals(200, r.statusCode(), r.body());
        Model description = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(description);
        assertTrue(r.body().contains("void:triples") && r.body().contains("void:documents"), r.body());
    }

    @Test
    void allowsBrowserToolsFromOtherOrigins() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "POST"));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }

    private static boolean ask(String query) throws Exception {
        HttpResponse<String> r = send(post("/sparql", "application/sparql-query", query)
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replace(" ", "").contains("\"boolean\":true");
    }
}

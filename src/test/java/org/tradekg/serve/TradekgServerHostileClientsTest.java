package org.tradekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.store.ArticleStore;
import org.tradekg.vocab.TKG;
import org.tradekg.vocab.TKR;

/**
 * A real Fuseki on a free port, read-only, over a real TDB2 directory, facing clients that send
 * broken, huge, expensive and path-traversing requests over real HTTP/1.1. None gets a 500, a
 * hang or a file outside what the server serves.
 */
class TradekgServerHostileClientsTest {

    /** Triples in the dataset: enough that a product of three patterns (8e9 rows) never ends on its own. */
    private static final int MEETINGS = 500;
    private static final int TIMEOUT_SECONDS = 1;

    @TempDir
    static Path dir;
    static ArticleStore store;
    static TradekgServer server;
    /** HTTP/1.1: Jetty 12.1 drops the connection of a plain-HTTP request that offers an h2c upgrade. */
    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serveAReadOnlyDataset() {
        store = ArticleStore.open(dir.resolve("db"));
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(TKR.article("a1").getURI()).addProperty(RDF.type, TKG.Article);
        for (int i = 1; i <= MEETINGS; i++) {
            m.createResource(TKR.event("a1", i).getURI()).addProperty(RDF.type, TKG.Meeting)
                    .addProperty(RDFS.label, "talks " + i).addProperty(TKG.reportedIn, article);
        }
        store.replace("a1", m);
        server = TradekgServer.create(store.dataset()).port(0).timeoutSeconds(TIMEOUT_SECONDS).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return Http.send(http, request.timeout(Duration.ofSeconds(30)).build());
    }

    private static HttpRequest.Builder query(String sparql) {
        return HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
    }

    private static long count() throws Exception {
        HttpResponse<String> r = send(query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().toList().get(1).strip());
    }

    private static void assertClientError(HttpResponse<?> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + ": " + r.statusCode() + " " + r.body());
    }

    @Test
    void malformedSparqlIsABadRequestWithFusekisMessage() throws Exception {
        for (String broken : List.of("SELECT ?x WHERE { ?x a", "SELEKT * { ?s ?p ?o }", "SELECT * { ?s ?p \"open }",
                "SELECT * { ?s <http://x ?o }", "\u0000\u0001", "", "PREFIX : <x> SELECT * { ?s :p ?o . FILTER( }")) {
            HttpResponse<String> r = send(query(broken));
            assertEquals(400, r.statusCode(), broken + ": " + r.body());
        }
        HttpResponse<String> r = send(query("SELECT ?x WHERE { ?x a"));
        assertTrue(r.body().contains("Parse error") && r.body().contains("line 1"), "Fuseki says where: " + r.body());
    }

    @Test
    void aMegabyteQueryIsAnsweredOrRefusedCleanly() throws Exception {
        // A query padded to 1 MB with a comment: valid, so it must be answered.
        String padded = "# " + "x".repeat(1 << 20) + "\nSELECT (COUNT(?m) AS ?n) { ?m a <" + TKG.Meeting.getURI() + "> }";
        HttpResponse<String> body = send(query(padded));
        assertEquals(200, body.statusCode(), body.body());
        assertEquals(List.of("n", Integer.toString(MEETINGS)), body.body().lines().map(String::strip).toList());

        // 1 MB of VALUES: parsed and answered, or refused, but never a server error.
        StringBuilder values = new StringBuilder("SELECT ?l { VALUES ?l {");
        for (int i = 0; values.length() < 1 << 20; i++) {
            values.append(" \"talks ").append(i).append('"');
        }
        values.append(" } ?m <").append(RDFS.label.getURI()).append("> ?l }");
        HttpResponse<String> big = send(query(values.toString()));
        assertTrue(big.statusCode() == 200 || big.statusCode() >= 400 && big.statusCode() < 500,
                big.statusCode() + " " + big.body().substring(0, Math.min(300, big.body().length())));
        if (big.statusCode() == 200 && !big.body().contains("Query cancelled due to timeout")) {
            // On a busy machine the timeout can strike while rows stream: Fuseki then says so at the end.
            assertEquals(MEETINGS + 1, big.body().lines().count());
        }

        String encoded = URLEncoder.encode(padded, StandardCharsets.UTF_8);
        HttpResponse<String> get = send(HttpRequest.newBuilder(
                URI.create(server.datasetUrl() + "/sparql?query=" + encoded)).GET());
        assertClientError(get, "1 MB in the URL");
        // A client of its own: the server closes the connection after the 414, and a pooled
        // connection closed under a POST is the client's failure, not the server's.
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> form = fresh.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encoded)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(form.statusCode() == 200 || form.statusCode() >= 400 && form.statusCode() < 500,
                "1 MB form: " + form.statusCode() + " " + form.body());
        assertEquals(MEETINGS * 3L + 1, count(), "the server still answers");
    }

    @Test
    void aCartesianProductStopsAtTheTimeout() throws Exception {
        String product = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        HttpResponse<String> r = send(query(product));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < TIMEOUT_SECONDS + 10, "stopped after " + seconds + " s");
        assertEquals(MEETINGS * 3L + 1, count(), "the server still answers");
    }

    @Test
    void aStreamingCartesianProductIsCutAtTheTimeout() throws Exception {
        String product = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        long read = 0;
        try (InputStream in = http.send(query(product).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
            }
        } catch (IOException cut) {
            // Rows had been sent when the timeout struck: the server ends the response by closing.
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < TIMEOUT_SECONDS + 20, "stopped after " + seconds + " s and " + read + " bytes");
        assertEquals(MEETINGS * 3L + 1, count(), "the server still answers");
    }

    @Test
    void pathTraversalNeverServesAFileOutsideThePages() throws Exception {
        for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                "/explorer/../../../etc/passwd", "/explorer/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/explorer/..%2f..%2f..%2fetc%2fpasswd", "/explorer/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
                "/explorer/..%5c..%5c..%5cetc%5cpasswd", "/explorer/....//....//....//etc/passwd",
                "/explorer/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/explorer/..;/..;/etc/passwd",
                "/explorer/../org/tradekg/cli/Main.class", "/explorer/%2e%2e/org/tradekg/cli/Main.class",
                "/ontology/../../etc/passwd", "/tradekg/../../etc/passwd", "//etc/passwd",
                "/explorer/file:%2f%2f%2fetc%2fpasswd", "/explorer/%00../../etc/passwd")) {
            Raw r = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(r.status() >= 400 && r.status() < 500, path + ": " + r.status());
            assertFalse(r.body().contains("root:") || r.body().contains("\u00ca\u00fe\u00ba\u00be"),
                    path + " served a file: " + r.body());
        }
    }

    @Test
    void updatesAreRefusedWhenNotEnabled() throws Exception {
        long before = count();
        String insert = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> "
                + "<https://example.org/p> \"stranger\" } }";
        for (String endpoint : List.of("/update", "/sparql", "/query", "")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert)));
            assertClientError(r, "update at " + endpoint);
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))));
            assertClientError(form, "update form at " + endpoint);
        }
        for (String method : List.of("PUT", "POST", "DELETE")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?default"))
                    .header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString("<https://example.org/s> a <https://example.org/C> .")));
            assertClientError(r, method + " on /data");
        }
        assertEquals(before, count(), "nothing changed");
    }

    /** A status and body read off a raw socket, so that no client tidies the request path first. */
    record Raw(int status, String body) {
    }

    private static Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] statusLine = response.lines().findFirst().orElse("").split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            int headersEnd = response.indexOf("\r\n\r\n");
            return new Raw(status, headersEnd < 0 ? "" : response.substring(headersEnd + 4));
        }
    }
}

package org.tradekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The explorer's page, files and JSON-LD context on a real server over real HTTP. */
class ExplorerTest {

    static TradekgServer server;
    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void serve() {
        Dataset ds = TDB2Factory.createDataset();
        server = TradekgServer.create(ds).port(0).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request line sent as it is, for paths an HTTP client would normalise first. */
    private static String rawStatus(String path) throws IOException {
        try (Socket s = new Socket("localhost", server.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    @Test
    void thePageIsAtTheRootAndLoadsCytoscapeFromTheServerItself() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"explorer/cytoscape.min.js\">"), page.body());
        assertTrue(!page.body().contains("//cdn") && !page.body().contains("https://"), "no CDN");
        HttpResponse<String> cytoscape = get("/explorer/cytoscape.min.js");
        assertEquals(200, cytoscape.statusCode(), "bundled at build time from the npm registry");
        assertTrue(cytoscape.body().length() > 100_000);
        assertEquals(200, get("/explorer/app.js").statusCode());
    }

    @Test
    void theQueriesThePageRunsAreServedAndParse() throws Exception {
        for (String name : List.of("search", "neighbours", "timeline", "sample")) {
            HttpResponse<String> rq = get("/explorer/" + name + ".rq");
            assertEquals(200, rq.statusCode(), name);
            String sparql = rq.body().replace("$text", "\"bessent\"")
                    .replace("$node", "<https://w3id.org/tradekg/resource/person/scott-bessent>");
            org.tradekg.sparql.QueryRunner.parse(sparql);
        }
    }

    @Test
    void theSparqlEndpointStillAnswers() throws Exception {
        HttpResponse<String> ask = get("/tradekg/sparql?query=ASK%7B%7D");
        assertEquals(200, ask.statusCode());
        assertEquals(200, get("/$/ping").statusCode());
    }

    @Test
    void pathTraversalFindsNothing() throws Exception {
        for (String path : List.of("/../../etc/passwd", "/explorer/../../etc/passwd", "/explorer/%2e%2e/%2e%2e/etc/passwd",
                "/explorer/..%2f..%2fetc%2fpasswd", "/explorer/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/explorer/..\\..\\etc\\passwd", "/explorer/.hidden", "/explorer/", "/explorer/nope.js",
                "/explorer/../explorer/app.js/../../../../etc/passwd")) {
            String status = rawStatus(path);
            assertTrue(status.contains(" 400 ") || status.contains(" 404 "), path + " -> " + status);
        }
        assertTrue(rawStatus("/explorer/app.js").contains(" 200 "));
    }

    @Test
    void theJsonLdContextIsPublishedAsInTheOntologyFolder() throws Exception {
        HttpResponse<String> context = get("/context.jsonld");
        assertEquals(200, context.statusCode());
        assertTrue(context.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(Files.readString(Path.of("ontology/context.jsonld")), context.body());
        // A document using the published context by URL reads as RDF.
        String doc = "{\"@context\": \"http://localhost:" + server.port() + "/context.jsonld\", "
                + "\"@id\": \"https://w3id.org/tradekg/resource/country/japan\", \"@type\": \"Country\", "
                + "\"label\": \"Japan\", \"sameAs\": \"wd:Q17\"}";
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(doc, Lang.JSONLD11).parse(m);
        assertTrue(m.contains(m.createResource("https://w3id.org/tradekg/resource/country/japan"),
                org.apache.jena.vocabulary.OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q17")), m.toString());
    }

}

package org.tradekg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradekg.article.Article;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.Extractor;
import org.tradekg.extract.Pipeline;
import org.tradekg.rdf.GraphBuilder;
import org.tradekg.serve.TradekgServer;

/**
 * {@code queries/federated-wikidata.rq} against two real servers over HTTP: tradekg's endpoint
 * serving the seed article, and a second Fuseki on a free port holding a small Wikidata-shaped
 * extract, which the query's SERVICE IRI is pointed at.
 */
class FederatedWikidataQueryTest {

    private static final String WIKIDATA_SERVICE = "<https://query.wikidata.org/sparql>";

    static FusekiServer wikidata;
    static TradekgServer tradekg;
    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startBothEndpoints() {
        Dataset extract = DatasetFactory.createTxnMem();
        Txn.executeWrite(extract, () -> RDFDataMgr.read(extract.getDefaultModel(),
                FederatedWikidataQueryTest.class.getResourceAsStream("wikidata-extract.ttl"),
                org.apache.jena.riot.Lang.TURTLE));
        wikidata = FusekiServer.create().loopback(true).port(0).add("/wikidata", extract, false).build().start();

        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Extractor extractor = Pipeline.load().newExtractor();
        Path seed = Path.of("../shared/eval/dev/articles/seed-us-china-talks.txt");
        Txn.executeWrite(ds, () -> {
            for (Article a : new ArticleReader(null, StandardCharsets.UTF_8).read(seed)) {
                ds.addNamedModel(GraphBuilder.graphName(a), GraphBuilder.build(extractor.extract(a)));
            }
        });
        tradekg = TradekgServer.create(ds).port(0).start();
    }

    @AfterAll
    static void stopBoth() {
        if (tradekg != null) {
            tradekg.close();
        }
        if (wikidata != null) {
            wikidata.stop();
        }
    }

    @Test
    void joinsTheSeedCountriesWithTheirIsoCodesAndCapitals() throws Exception {
        String query = QueryRunner.resolve("federated-wikidata");
        assertTrue(query.contains(WIKIDATA_SERVICE), "the query names Wikidata's endpoint");
        String local = query.replace(WIKIDATA_SERVICE,
                "<http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql>");

        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(tradekg.datasetUrl() + "/sparql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(local, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));

        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        Map<String, List<String>> byLabel = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            byLabel.put(row.getLiteral("label").getString(), List.of(row.getLiteral("iso2").getString(),
                    row.getLiteral("iso3").getString(), row.getLiteral("capitalLabel").getString()));
        }
        assertEquals(List.of("US", "USA", "Washington, D.C."), byLabel.get("United States"), byLabel.toString());
        assertEquals(List.of("CN", "CHN", "Beijing"), byLabel.get("China"), byLabel.toString());
        assertEquals(List.of("MY", "MYS", "Kuala Lumpur"), byLabel.get("Malaysia"), byLabel.toString());
    }
}

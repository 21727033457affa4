package org.tradekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.article.ArticleReader;
import org.tradekg.bench.CorpusSubset;
import org.tradekg.extract.Pipeline;
import org.tradekg.store.ArticleStore;
import org.tradekg.store.Ingest;

/**
 * TDB2 lets one process hold a dataset, so a dataset being loaded is queried through the process
 * loading it ({@code serve --ingest}): a real Fuseki on a free port answers over real HTTP while
 * Reuters articles are ingested into a real TDB2 directory, and sees them arrive batch by batch.
 */
class ServeWhileIngestingTest {

    private static final Path REUTERS = Path.of("../shared/corpus/reuters21578/reut2-000.sgm");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The number of articles the endpoint reports (article-count.rq beside this test). */
    private int articlesServed(TradekgServer server) throws Exception {
        String query;
        try (InputStream in = getClass().getResourceAsStream("article-count.rq")) {
            query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> r = Http.send(http, request);
        assertEquals(200, r.statusCode(), r.body());
        return Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void answersQueriesWhileReutersArticlesAreBeingIngested() throws Exception {
        List<Path> corpus = CorpusSubset.write(List.of(REUTERS), 600, dir.resolve("corpus"));
        Pipeline pipeline = Pipeline.load();
        StringWriter err = new StringWriter();
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"));
             TradekgServer server = TradekgServer.create(store.dataset()).port(0).start()) {
            CompletableFuture<Ingest.Summary> ingest = CompletableFuture.supplyAsync(() -> new Ingest(store,
                    () -> pipeline, new ArticleReader(null, StandardCharsets.UTF_8), false, 2,
                    new PrintWriter(err, true), false).batchQuads(3000).run(corpus));
            List<Integer> during = new ArrayList<>();
            while (!ingest.isDone()) {
                int served = articlesServed(server);
                if (!ingest.isDone()) {
                    during.add(served);
                }
                Thread.sleep(50);
            }
            Ingest.Summary summary = ingest.get();
            assertEquals(0, summary.failed(), err.toString());

            assertTrue(during.size() >= 3, "answered while ingesting: " + during);
            for (int i = 1; i < during.size(); i++) {
                assertTrue(during.get(i) >= during.get(i - 1), "articles only arrive: " + during);
            }
            assertTrue(during.stream().anyMatch(n -> n > 0 && n < summary.articles()),
                    "some answers saw part of the ingest: " + during);
            assertEquals(summary.articles(), articlesServed(server));
        }
    }
}

package org.tradekg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;
import org.tradekg.TradekgException;
import org.tradekg.article.Article;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.Pipeline;
import org.tradekg.nlp.NlpModels;
import org.tradekg.nlp.Sentence;
import org.tradekg.nlp.TextAnalyzer;
import org.tradekg.rdf.ArticleGraphs;
import org.tradekg.store.ArticleStore;
import org.tradekg.store.Ingest;

/**
 * Measures, in one run over one corpus, how fast tradekg turns news into a queryable graph
 * against the floor set by the linguistic work itself:
 * <ol>
 *   <li><b>NLP floor</b>: sentence detection, tokenization and POS tagging of every sentence of
 *       every body with the extraction's own OpenNLP models, on all worker threads, and nothing
 *       else;</li>
 *   <li><b>extract</b>: the whole extraction to article graphs, nothing stored (it tags only the
 *       sentences whose rules ask for tags, see {@link Sentence});</li>
 *   <li><b>extract+store</b>: {@link Ingest} into a new TDB2 dataset with its text index;</li>
 *   <li><b>queries</b>: the median time of every query in {@code queries/} over that dataset.</li>
 * </ol>
 * Each phase reads the files again and records the peak heap. A short untimed warm-up runs
 * first, so that no phase pays for the JIT alone.
 *
 * <pre>{@code
 * Bench.Report r = new Bench(new Bench.Settings(List.of(corpus), 0, 2, 5, Path.of("queries"), null),
 *         Pipeline::load, err).run();
 * r.print(out);
 * }</pre>
 */
public final class Bench {

    /** Articles analysed, untimed, before the phases. */
    static final int WARM_UP_ARTICLES = 300;

    /**
     * What to measure.
     *
     * @param corpus    files or directories; a directory of Reuters-21578 {@code .sgm} files gives only those
     * @param limit     only the first articles (0: all)
     * @param threads   worker threads of every phase
     * @param queryRuns timed runs of each query (after one untimed)
     * @param queries   directory of {@code .rq} files
     * @param db        where the dataset is built and kept (new or empty), or null for a temporary one
     */
    public record Settings(List<Path> corpus, long limit, int threads, int queryRuns, Path queries, Path db) {

        public Settings {
            corpus = List.copyOf(corpus);
            if (corpus.isEmpty()) {
                throw new TradekgException("no corpus to measure");
            }
            if (limit < 0 || threads < 1 || queryRuns < 1) {
                throw new TradekgException("limit must be 0 or more, threads and query runs 1 or more (limit " + limit
                        + ", threads " + threads + ", runs " + queryRuns + ")");
            }
            Objects.requireNonNull(queries, "queries");
        }
    }

    /**
     * One timed phase.
     *
     * @param tokens   tokens of the bodies (counted by the floor; the same texts in every phase)
     * @param quads    triples built (extract) or quads stored (extract+store); 0 for the floor
     * @param peakHeap bytes, the most in use, garbage included
     * @param heapAfterGc bytes, the most left in use just after a collection
     */
    public record Phase(String name, long articles, long tokens, long quads, double seconds, long peakHeap,
                        long heapAfterGc) {

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double quadsPerSecond() {
            return quads / seconds;
        }
    }

    /** One query's timings, in milliseconds, over {@code runs} runs; {@code results} rows or triples. */
    public record QueryTime(String name, long results, int runs, double medianMillis, double minMillis,
                            double maxMillis) {
    }

    /** What a run measured. */
    public record Report(int threads, long maxHeap, double modelSeconds, List<Phase> phases, List<QueryTime> queries,
                         List<String> skipped) {

        public static final String FLOOR = "NLP floor";
        public static final String EXTRACT = "extract";
        public static final String INGEST = "extract+store";

        public Phase phase(String name) {
            return phases.stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no phase " + name));
        }

        /** Extract+store time over the NLP floor: the throughput bar is 1.5. */
        public double ingestOverFloor() {
            return phase(INGEST).seconds() / phase(FLOOR).seconds();
        }

        /** The table for people. */
        public void print(PrintWriter out) {
            if (phases.isEmpty()) {
                out.printf(Locale.ROOT, "queries only, over an existing dataset; %d cores; max heap %d MiB; Java %s%n",
                        Runtime.getRuntime().availableProcessors(), maxHeap >> 20, System.getProperty("java.version"));
            } else {
                printPhases(out);
            }
            if (!queries.isEmpty()) {
                int runs = queries.get(0).runs();
                out.printf(Locale.ROOT, "%nqueries over the stored graph (%d runs each after one untimed; bar: median"
                        + " under 200 ms)%n", runs);
                out.printf(Locale.ROOT, "%-26s %8s %11s %9s %9s%n", "query", "results", "median ms", "min ms", "max ms");
                for (QueryTime q : queries) {
                    out.printf(Locale.ROOT, "%-26s %8d %11.1f %9.1f %9.1f%n", q.name(), q.results(), q.medianMillis(),
                            q.minMillis(), q.maxMillis());
                }
            }
            for (String s : skipped) {
                out.println("not timed: " + s);
            }
            out.flush();
        }

        private void printPhases(PrintWriter out) {
            Phase floor = phase(FLOOR);
            out.printf(Locale.ROOT, "%d articles, %.2f M tokens; %d threads on %d cores; max heap %d MiB; Java %s%n",
                    floor.articles(), floor.tokens() / 1e6, threads, Runtime.getRuntime().availableProcessors(),
                    maxHeap >> 20, System.getProperty("java.version"));
            out.printf(Locale.ROOT, "models and gazetteer loaded in %.1f s (not in the phases)%n%n", modelSeconds);
            out.printf(Locale.ROOT, "%-14s %9s %8s %11s %10s %10s %10s %10s%n", "phase", "seconds", "x floor",
                    "articles/s", "tokens/s", "quads/s", "peak heap", "after GC");
            for (Phase p : phases) {
                out.printf(Locale.ROOT, "%-14s %9.1f %8.2f %11.0f %10.0f %10s %6d MiB %6d MiB%n", p.name(),
                        p.seconds(), p.seconds() / floor.seconds(), p.articlesPerSecond(), p.tokensPerSecond(),
                        p.quads() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", p.quadsPerSecond()),
                        p.peakHeap() >> 20, p.heapAfterGc() >> 20);
            }
            out.printf(Locale.ROOT, "(peak heap: the most in use, garbage included; after GC: the most left just"
                    + " after a collection)%n");
            out.printf(Locale.ROOT, "%nextract+store / NLP floor = %.2f (bar: 1.50 or less)%n", ingestOverFloor());
        }

        /** The same figures as JSON. */
        public String toJson() {
            StringBuilder b = new StringBuilder("{\n");
            b.append(String.format(Locale.ROOT, "  \"threads\": %d,%n  \"cores\": %d,%n  \"maxHeapBytes\": %d,%n"
                            + "  \"java\": \"%s\",%n  \"modelSeconds\": %.3f,%n  \"ingestOverFloor\": %.3f,%n",
                    threads, Runtime.getRuntime().availableProcessors(), maxHeap, System.getProperty("java.version"),
                    modelSeconds, phases.isEmpty() ? Double.NaN : ingestOverFloor()).replace("NaN", "null"));
            b.append("  \"phases\": [\n");
            for (int i = 0; i < phases.size(); i++) {
                Phase p = phases.get(i);
                b.append(String.format(Locale.ROOT, "    {\"name\": \"%s\", \"articles\": %d, \"tokens\": %d, \"quads\": %d,"
                                + " \"seconds\": %.3f, \"articlesPerSecond\": %.1f, \"tokensPerSecond\": %.1f,"
                                + " \"quadsPerSecond\": %.1f, \"peakHeapBytes\": %d, \"heapAfterGcBytes\": %d}%s%n",
                        p.name(), p.articles(), p.tokens(), p.quads(), p.seconds(), p.articlesPerSecond(),
                        p.tokensPerSecond(), p.quadsPerSecond(), p.peakHeap(), p.heapAfterGc(),
                        i + 1 < phases.size() ? "," : ""));
            }
            b.append("  ],\n  \"queries\": [\n");
            for (int i = 0; i < queries.size(); i++) {
                QueryTime q = queries.get(i);
                b.append(String.format(Locale.ROOT, "    {\"name\": \"%s\", \"results\": %d, \"runs\": %d,"
                                + " \"medianMillis\": %.2f, \"minMillis\": %.2f, \"maxMillis\": %.2f}%s%n",
                        q.name(), q.results(), q.runs(), q.medianMillis(), q.minMillis(), q.maxMillis(),
                        i + 1 < queries.size() ? "," : ""));
            }
            b.append("  ]\n}\n");
            return b.toString();
        }
    }

    private static final long QUERY_TIMEOUT_SECONDS = 120;

    private final Settings settings;
    private final Supplier<Pipeline> pipeline;
    private final PrintWriter err;
    private final ArticleReader reader = new ArticleReader(null, StandardCharsets.UTF_8);

    /**
     * @param pipeline the extraction pipeline (loaded once, timed apart from the phases)
     * @param err      where progress goes
     */
    public Bench(Settings settings, Supplier<Pipeline> pipeline, PrintWriter err) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Runs every phase; the temporary dataset and subset, if any, are removed at the end. */
    public Report run() {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("tradekg-bench-");
        } catch (IOException e) {
            throw new TradekgException("cannot make a scratch directory: " + e.getMessage(), e);
        }
        try (HeapWatch heap = new HeapWatch()) {
            List<Path> all = articleFiles(settings.corpus());
            List<Path> files = settings.limit() > 0
                    ? CorpusSubset.write(all, settings.limit(), scratch.resolve("corpus")) : all;
            long t0 = System.nanoTime();
            Pipeline loaded = pipeline.get();
            NlpModels models = NlpModels.load();
            double modelSeconds = (System.nanoTime() - t0) / 1e9;

            floor(files, models, WARM_UP_ARTICLES);
            List<Phase> phases = new ArrayList<>();
            heap.reset();
            phases.add(timed(Report.FLOOR, heap, () -> floor(files, models, Long.MAX_VALUE)));
            long tokens = phases.get(0).tokens();
            heap.reset();
            phases.add(timed(Report.EXTRACT, heap, () -> extract(files, loaded, tokens)));

            Path db = settings.db() != null ? settings.db() : scratch.resolve("db");
            requireNew(db);
            try (ArticleStore store = ArticleStore.open(db)) {
                heap.reset();
                phases.add(timed(Report.INGEST, heap, () -> ingest(store, files, loaded, tokens)));
                List<String> skipped = new ArrayList<>();
                List<QueryTime> queries = queries(store.dataset(), skipped);
                return new Report(settings.threads(), Runtime.getRuntime().maxMemory(), modelSeconds, phases, queries,
                        skipped);
            }
        } finally {
            delete(scratch);
        }
    }

    /**
     * Times the queries only, over the existing dataset in {@link Settings#db()} (made by
     * {@code tradekg ingest}): no phase is run and the corpus is not read.
     *
     * @throws TradekgException when the settings name no dataset, or the directory holds none
     */
    public Report runQueriesOnly() {
        if (settings.db() == null) {
            throw new TradekgException("timing the queries only needs an existing dataset (--db DIR)");
        }
        try (ArticleStore store = ArticleStore.openExisting(settings.db())) {
            List<String> skipped = new ArrayList<>();
            List<QueryTime> queries = queries(store.dataset(), skipped);
            return new Report(settings.threads(), Runtime.getRuntime().maxMemory(), 0, List.of(), queries, skipped);
        }
    }

    /**
     * The article files under the paths; in a directory holding Reuters-21578 {@code .sgm}
     * files only those (its README and category lists are not news).
     */
    static List<Path> articleFiles(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            List<Path> sgml = List.of();
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    sgml = list.filter(f -> Files.isRegularFile(f) && ArticleReader.isSgml(f)).sorted().toList();
                } catch (IOException e) {
                    throw new TradekgException("cannot list " + p + ": " + e.getMessage(), e);
                }
            }
            out.addAll(sgml.isEmpty() ? ArticleReader.files(List.of(p)) : sgml);
        }
        return out;
    }

    /** A phase's figures without its time and heap, which {@link #timed} adds. */
    private record Counts(long articles, long tokens, long quads) {
    }

    private interface Work {
        Counts run();
    }

    private Phase timed(String name, HeapWatch heap, Work work) {
        err.printf(Locale.ROOT, "bench: %s ...%n", name);
        err.flush();
        long start = System.nanoTime();
        Counts c = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        Phase p = new Phase(name, c.articles(), c.tokens(), c.quads(), seconds, heap.peak(), heap.peakAfterGc());
        err.printf(Locale.ROOT, "bench: %s: %d articles in %.1f s%n", name, p.articles(), seconds);
        err.flush();
        return p;
    }

    /**
     * Sentence detection, tokenization and tagging of the bodies: the reading thread (this one)
     * feeds a pool of analyzers through a bounded window, as extraction does.
     */
    private Counts floor(List<Path> files, NlpModels models, long maxArticles) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), daemon("tradekg-floor-"));
        Semaphore window = new Semaphore(settings.threads() * 8);
        ThreadLocal<TextAnalyzer> analyzers = ThreadLocal.withInitial(models::newPlainAnalyzer);
        AtomicLong articles = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long submitted = 0;
        try {
            for (Path file : files) {
                if (submitted >= maxArticles) {
                    break;
                }
                List<Article> read;
                try {
                    read = reader.read(file);
                } catch (TradekgException e) {
                    continue;
                }
                for (Article a : read) {
                    if (submitted++ >= maxArticles) {
                        break;
                    }
                    window.acquire();
                    pool.execute(() -> {
                        try {
                            long n = 0;
                            for (Sentence s : analyzers.get().analyze(a.body())) {
                                // every sentence tagged, as the floor is defined
                                n += s.tags().size();
                            }
                            tokens.addAndGet(n);
                            articles.incrementAndGet();
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            window.release();
                        }
                    });
                }
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TradekgException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw new TradekgException("NLP floor failed: " + failure.get(), failure.get());
        }
        return new Counts(articles.get(), tokens.get(), 0);
    }

    private Counts extract(List<Path> files, Pipeline loaded, long tokens) {
        long[] n = new long[2];
        new ArticleGraphs(loaded, reader, settings.threads()).run(files, a -> false, item -> {
            if (item instanceof ArticleGraphs.Built b) {
                n[0]++;
                n[1] += b.graph().size();
            }
        });
        return new Counts(n[0], tokens, n[1]);
    }

    private Counts ingest(ArticleStore store, List<Path> files, Pipeline loaded, long tokens) {
        Ingest.Summary s = new Ingest(store, () -> loaded, reader, false, settings.threads(), err, false).run(files);
        return new Counts(s.articles(), tokens, s.quads());
    }

    private List<QueryTime> queries(Dataset dataset, List<String> skipped) {
        List<Path> files;
        try (Stream<Path> list = Files.list(settings.queries())) {
            files = list.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new TradekgException("cannot list queries in " + settings.queries() + ": " + e.getMessage(), e);
        }
        List<QueryTime> out = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            Query query;
            try {
                query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | QueryParseException e) {
                skipped.add(name + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
                continue;
            }
            if (callsAService(query)) {
                skipped.add(name + " (SERVICE: asks another endpoint)");
                continue;
            }
            err.printf(Locale.ROOT, "bench: query %s ...%n", name);
            err.flush();
            long results;
            double[] millis = new double[settings.queryRuns()];
            try {
                results = execute(dataset, query);
                for (int i = 0; i < millis.length; i++) {
                    long start = System.nanoTime();
                    execute(dataset, query);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
            } catch (QueryCancelledException e) {
                skipped.add(name + " (stopped after " + QUERY_TIMEOUT_SECONDS + " s)");
                continue;
            }
            Arrays.sort(millis);
            int m = millis.length;
            double median = m % 2 == 1 ? millis[m / 2] : (millis[m / 2 - 1] + millis[m / 2]) / 2;
            out.add(new QueryTime(name, results, m, median, millis[0], millis[m - 1]));
        }
        return out;
    }

    private static boolean callsAService(Query query) {
        boolean[] found = {false};
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    found[0] = true;
                }
            });
        }
        return found[0];
    }

    /** Runs the query to its last answer; returns the number of rows or triples. */
    private static long execute(Dataset dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .timeout(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                long n = 0;
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        rs.next();
                        n++;
                    }
                } else if (query.isAskType()) {
                    n = qe.execAsk() ? 1 : 0;
                } else {
                    Iterator<?> it = query.isConstructType() ? qe.execConstructTriples() : qe.execDescribeTriples();
                    while (it.hasNext()) {
                        it.next();
                        n++;
                    }
                }
                return n;
            }
        });
    }

    private static void requireNew(Path db) {
        if (!Files.exists(db)) {
            return;
        }
        try (Stream<Path> list = Files.list(db)) {
            if (list.findAny().isPresent()) {
                throw new TradekgException(db + ": not empty; the bench loads a new dataset (give a new directory)");
            }
        } catch (IOException e) {
            throw new TradekgException("cannot list " + db + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A scratch directory left in the temp folder is no reason to fail a measurement.
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

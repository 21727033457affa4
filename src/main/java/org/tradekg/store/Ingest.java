package org.tradekg.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.tradekg.TradekgException;
import org.tradekg.article.Article;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.Pipeline;
import org.tradekg.rdf.ArticleGraphs;

/**
 * Loads articles into an {@link ArticleStore}: files are read and extracted in parallel and one
 * writer thread stores the articles' graphs, with their provenance, in batches while the next
 * batch fills: one write transaction for up to {@link #BATCH_QUADS} quads (see
 * {@link #batchQuads}) or {@link #BATCH_MILLIS} ms of input, whichever comes first. A batch is
 * stored whole or not at all, so a crash never leaves half an article (nor half a batch), and
 * the next run, skipping what was stored, completes the rest. Unchanged
 * sources (same SHA-256 as recorded) are skipped unless forced. A bad file costs one line on the
 * error writer and the run goes on; an article the store refuses costs only itself.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(Path.of("db"))) {
 *     Ingest.Summary s = new Ingest(store, Pipeline::load, reader, false, 4, err, false)
 *             .run(List.of(Path.of("data")));
 * }
 * }</pre>
 */
public final class Ingest {

    /**
     * What a run did.
     *
     * @param files    files given (after walking directories)
     * @param articles articles stored
     * @param quads    quads written
     * @param skipped  articles left as they were, their source unchanged
     * @param failed   files or articles that could not be ingested
     * @param seconds  wall-clock time
     */
    public record Summary(int files, long articles, long quads, long skipped, long failed, double seconds) {

        /** 0 when all went well, 2 when some input failed, 1 when nothing could be done. */
        public int exitCode() {
            if (failed == 0) {
                return 0;
            }
            return articles + skipped == 0 ? 1 : 2;
        }

        /** One line for people: {@code "ingested 13 articles (2140 quads), 0 skipped, 0 failed in 2.1 s"}. */
        public String describe() {
            return String.format(Locale.ROOT, "ingested %d articles (%d quads), %d skipped, %d failed in %.1f s",
                    articles, quads, skipped, failed, seconds);
        }
    }

    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    /**
     * Most quads per write transaction, unless set otherwise (about 2,000 newswire stories): it
     * bounds the memory a batch holds, twice over as the next batch fills while one is stored.
     * Fewer, larger transactions load faster: a TDB2 commit copies every index block the
     * transaction changed and syncs the disk, 100 ms and more once a dataset is large.
     */
    public static final long BATCH_QUADS = 100_000;
    /** Longest a batch stays open: readers of a running ingest see its articles at most this late. */
    public static final long BATCH_MILLIS = 5000;

    private final ArticleStore store;
    private final Supplier<Pipeline> pipeline;
    private final ArticleReader reader;
    private final boolean force;
    private final int threads;
    private final PrintWriter err;
    private final boolean interactive;
    private final long batchQuads;

    /**
     * @param pipeline    the extraction pipeline, asked for only when there is something to extract
     * @param force       extract and store even when the source is unchanged
     * @param threads     extraction workers
     * @param err         where problems and progress go
     * @param interactive rewrite one progress line in place (a terminal) rather than print lines
     */
    public Ingest(ArticleStore store, Supplier<Pipeline> pipeline, ArticleReader reader, boolean force, int threads,
                  PrintWriter err, boolean interactive) {
        this(store, pipeline, reader, force, threads, err, interactive, BATCH_QUADS);
    }

    private Ingest(ArticleStore store, Supplier<Pipeline> pipeline, ArticleReader reader, boolean force, int threads,
                   PrintWriter err, boolean interactive, long batchQuads) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.force = force;
        this.threads = threads;
        this.err = Objects.requireNonNull(err, "err");
        this.interactive = interactive;
        if (batchQuads < 1) {
            throw new IllegalArgumentException("a batch holds at least one quad, not " + batchQuads);
        }
        this.batchQuads = batchQuads;
    }

    /**
     * The same ingest with another bound on the quads of one write transaction (a batch holds
     * at least one article, however large): smaller batches show readers their articles sooner
     * and lose less work to a crash, larger ones load faster.
     */
    public Ingest batchQuads(long quads) {
        return new Ingest(store, pipeline, reader, force, threads, err, interactive, quads);
    }

    /** Ingests every article under the paths; missing paths are reported like bad files. */
    public Summary run(List<Path> paths) {
        long start = System.nanoTime();
        Instant started = Instant.now();
        Counter c = new Counter();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.addAll(ArticleReader.files(List.of(p)));
            } catch (TradekgException e) {
                problem(c, e.getMessage());
            }
        }
        c.total = files.size();
        if (files.isEmpty()) {
            return new Summary(0, 0, 0, 0, c.failed, (System.nanoTime() - start) / 1e9);
        }
        Pipeline loaded = pipeline.get();
        Map<String, String> versions = loaded.versions();
        // A store empty at the start has nothing unchanged: no lookup per article.
        boolean fresh = store.isEmpty();
        if (!fresh) {
            // A run killed between the commits of data and text index left the index behind.
            store.checkTextIndex();
        }
        Writer writer = new Writer();
        try {
            Batch[] batch = {new Batch(batchQuads)};
            new ArticleGraphs(loaded, reader, threads).run(files, article -> !fresh && unchanged(article), item -> {
                if (item instanceof ArticleGraphs.Built b) {
                    Provenance.describe(b.graph(), b.article(), versions, started);
                    batch[0].add(b.article(), b.graph());
                    if (batch[0].full()) {
                        writer.submit(c, batch[0]);
                        batch[0] = new Batch(batchQuads);
                    }
                } else if (item instanceof ArticleGraphs.Skipped) {
                    c.skipped++;
                } else if (item instanceof ArticleGraphs.ArticleFailed f) {
                    problem(c, f.message());
                } else if (item instanceof ArticleGraphs.FileFailed f) {
                    problem(c, f.message());
                    c.done++;
                } else if (item instanceof ArticleGraphs.FileDone) {
                    c.done++;
                }
                progress(c, start, false);
            });
            writer.submit(c, batch[0]);
            writer.await(c);
        } finally {
            writer.close();
        }
        progress(c, start, true);
        return new Summary(files.size(), c.articles, c.quads, c.skipped, c.failed, (System.nanoTime() - start) / 1e9);
    }

    private boolean unchanged(Article article) {
        return !force && store.recordedSha256(article.id()).map(article.source().sha256()::equals).orElse(false);
    }

    /**
     * Stores the batch in one transaction. When the store refuses it, nothing of it was written:
     * its articles are then stored one by one, so that only the bad one is lost.
     */
    private Stored write(Batch batch) {
        try {
            return new Stored(batch.graphs.size(), store.replaceAll(batch.graphs), List.of());
        } catch (RuntimeException batchFailed) {
            long articles = 0;
            long quads = 0;
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < batch.articles.size(); i++) {
                Article article = batch.articles.get(i);
                try {
                    quads += store.replaceAll(List.of(batch.graphs.get(i)));
                    articles++;
                } catch (RuntimeException e) {
                    // The transaction was aborted: the article's previous graph, if any, is intact.
                    problems.add(article.source().location() + ": article " + article.id() + ": not stored ("
                            + e.getMessage() + ")");
                }
            }
            return new Stored(articles, quads, problems);
        }
    }

    /** What storing one batch did; the problems name the articles not stored. */
    private record Stored(long articles, long quads, List<String> problems) {
    }

    /**
     * Stores batches on a thread of its own, one at a time and in order, while the next batch
     * fills: extraction waits for a commit only when a batch fills before the one before it is
     * stored, and at most two batches are held in memory.
     */
    private final class Writer implements AutoCloseable {
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tradekg-store");
            t.setDaemon(true);
            return t;
        });
        private Future<Stored> pending;

        /** Waits for the batch being stored, then hands this one over. */
        void submit(Counter c, Batch batch) {
            if (batch.articles.isEmpty()) {
                return;
            }
            await(c);
            pending = thread.submit(() -> write(batch));
        }

        /** Waits for the batch being stored, if any, and counts what it did. */
        void await(Counter c) {
            if (pending == null) {
                return;
            }
            Stored done;
            try {
                done = pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TradekgException("interrupted while storing", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re
                        : new TradekgException("storing failed: " + e.getCause(), e.getCause());
            } finally {
                pending = null;
            }
            c.articles += done.articles();
            c.quads += done.quads();
            done.problems().forEach(p -> problem(c, p));
        }

        /** Lets a batch being stored finish (its transaction commits or aborts whole), then stops. */
        @Override
        public void close() {
            thread.shutdown();
            try {
                thread.awaitTermination(1, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void problem(Counter c, String message) {
        c.failed++;
        clearProgress(c);
        err.println("tradekg: " + message);
        err.flush();
    }

    /**
     * On a terminal one line is rewritten in place several times a second; otherwise (a log, a
     * CI run) a line is printed every few seconds, so short runs print none.
     */
    private void progress(Counter c, long start, boolean last) {
        long now = System.nanoTime();
        if (last) {
            clearProgress(c);
            return;
        }
        if (now - c.lastProgress < (interactive ? PROGRESS_EVERY_NANOS / 4 : PROGRESS_EVERY_NANOS * 5)) {
            return;
        }
        c.lastProgress = now;
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        String line = String.format(Locale.ROOT, "%d/%d files, %d articles (%.1f/s), %d skipped, %d errors",
                c.done, c.total, c.articles, c.articles / seconds, c.skipped, c.failed);
        if (interactive) {
            err.print("\r" + line);
            c.shown = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    private void clearProgress(Counter c) {
        if (interactive && c.shown > 0) {
            err.print("\r" + " ".repeat(c.shown) + "\r");
            err.flush();
            c.shown = 0;
        }
    }

    /** The articles waiting for the next write transaction. */
    private static final class Batch {
        final List<Article> articles = new ArrayList<>();
        final List<ArticleStore.ArticleGraph> graphs = new ArrayList<>();
        final long maxQuads;
        long quads;
        long opened;

        Batch(long maxQuads) {
            this.maxQuads = maxQuads;
        }

        void add(Article article, Model graph) {
            if (articles.isEmpty()) {
                opened = System.nanoTime();
            }
            articles.add(article);
            graphs.add(new ArticleStore.ArticleGraph(article.id(), graph));
            quads += graph.size();
        }

        boolean full() {
            return quads >= maxQuads || System.nanoTime() - opened >= BATCH_MILLIS * 1_000_000L;
        }
    }

    /** Counts of one run; touched only by the thread that runs the ingest (the store thread reports back). */
    private static final class Counter {
        int total;
        int done;
        long articles;
        long quads;
        long skipped;
        long failed;
        long lastProgress = System.nanoTime();
        int shown;
    }
}

package org.tradekg.rdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.tradekg.TradekgException;
import org.tradekg.article.Article;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.Extractor;
import org.tradekg.extract.Pipeline;

/**
 * Turns files into article graphs in parallel and hands them, in input order, to one consumer
 * running in the calling thread. A reader thread reads the files one at a time, a pool of
 * workers (one {@link Extractor} each) extracts, and a bounded queue between them keeps memory
 * flat whatever the size of the input.
 *
 * <pre>{@code
 * new ArticleGraphs(Pipeline.load(), new ArticleReader(null, UTF_8), 4)
 *         .run(files, article -> false, item -> {
 *             if (item instanceof ArticleGraphs.Built b) { write(b.graph()); }
 *         });
 * }</pre>
 */
public final class ArticleGraphs {

    /** What the stream delivers, in input order. */
    public sealed interface Item permits Built, Skipped, ArticleFailed, FileFailed, FileDone {
    }

    /** An article and its graph. */
    public record Built(Article article, Model graph) implements Item {
    }

    /** An article the caller chose not to extract. */
    public record Skipped(Article article) implements Item {
    }

    /** An article whose extraction failed; the message names its file and id. */
    public record ArticleFailed(Article article, String message) implements Item {
    }

    /** A file that could not be read; the message names it. */
    public record FileFailed(Path file, String message) implements Item {
    }

    /** Every article of this file has been delivered. */
    public record FileDone(Path file) implements Item {
    }

    private static final Future<Item> END = CompletableFuture.completedFuture(null);

    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final int threads;

    /**
     * @param pipeline the loaded pipeline shared by the workers
     * @param reader   how files become articles
     * @param threads  number of extraction workers (at least one)
     */
    public ArticleGraphs(Pipeline pipeline, ArticleReader reader, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.reader = Objects.requireNonNull(reader, "reader");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

    /**
     * Reads, extracts and delivers every article of the files. Returns when all items have been
     * given to {@code sink}; an exception thrown by the sink stops the run and is rethrown.
     *
     * @param files the files, in the order their articles are delivered
     * @param skip  true for an article that needs no extraction (delivered as {@link Skipped})
     * @param sink  receives each item, in the calling thread
     */
    public void run(List<Path> files, Predicate<Article> skip, Consumer<Item> sink) {
        BlockingQueue<Future<Item>> queue = new ArrayBlockingQueue<>(threads * 8);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("tradekg-extract-"));
        ExecutorService readerThread = Executors.newSingleThreadExecutor(daemon("tradekg-read-"));
        // Each worker thread keeps its own extractor: they are not thread-safe.
        ThreadLocal<Extractor> extractors = ThreadLocal.withInitial(pipeline::newExtractor);
        try {
            readerThread.submit(() -> produce(files, skip, queue, workers, extractors));
            while (true) {
                Future<Item> next = queue.take();
                if (next == END) {
                    break;
                }
                sink.accept(next.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TradekgException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TradekgException te) {
                throw te;
            }
            throw new TradekgException("reading articles failed: " + e.getCause(), e.getCause());
        } finally {
            readerThread.shutdownNow();
            workers.shutdownNow();
        }
    }

    private void produce(List<Path> files, Predicate<Article> skip, BlockingQueue<Future<Item>> queue,
                         ExecutorService workers, ThreadLocal<Extractor> extractors) {
        try {
            for (Path file : files) {
                List<Article> articles;
                try {
                    articles = reader.read(file);
                } catch (TradekgException e) {
                    queue.put(CompletableFuture.completedFuture(new FileFailed(file, e.getMessage())));
                    continue;
                } catch (RuntimeException | OutOfMemoryError e) {
                    queue.put(CompletableFuture.completedFuture(new FileFailed(file, file + ": " + e)));
                    continue;
                }
                for (Article article : articles) {
                    if (skip.test(article)) {
                        queue.put(CompletableFuture.completedFuture(new Skipped(article)));
                    } else {
                        queue.put(workers.submit(() -> extract(extractors.get(), article)));
                    }
                }
                queue.put(CompletableFuture.completedFuture(new FileDone(file)));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // The consumer has stopped and shut the run down; nobody waits for the end.
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // A skip test that broke: the consumer must still see the end of the stream.
            try {
                queue.put(CompletableFuture.failedFuture(e));
                queue.put(END);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Item extract(Extractor extractor, Article article) {
        try {
            return new Built(article, GraphBuilder.build(extractor.extract(article)));
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new ArticleFailed(article, article.source().location() + ": article " + article.id()
                    + ": extraction failed (" + why + ")");
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

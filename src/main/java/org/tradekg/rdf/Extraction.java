package org.tradekg.rdf;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.tradekg.TradekgException;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.Pipeline;
import org.tradekg.vocab.Namespaces;

/**
 * Extracts articles to an RDF stream: one named graph per article, in input order, written as
 * each article is done (JSON-LD, which cannot stream, is written at the end). A bad file costs
 * one line on the error writer and the run goes on.
 *
 * <pre>{@code
 * Extraction.Summary s = new Extraction(Pipeline::load, reader, 4, err)
 *         .run(List.of(Path.of("data")), Extraction.Format.TRIG, System.out);
 * }</pre>
 */
public final class Extraction {

    /** The RDF syntaxes of the output. */
    public enum Format {
        TRIG, NQUADS, TURTLE, JSONLD;

        /** The format of that name, in any case ({@code trig}, {@code nquads}, ...). */
        public static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TradekgException("unknown RDF format '" + name + "' (trig, nquads, turtle or jsonld)");
            }
        }
    }

    /**
     * What a run did.
     *
     * @param files    files given (after walking directories)
     * @param articles articles written
     * @param quads    quads written
     * @param failed   files or articles that could not be extracted
     */
    public record Summary(int files, long articles, long quads, long failed) {

        /** 0 when all went well, 2 when some input failed, 1 when nothing could be done. */
        public int exitCode() {
            if (failed == 0) {
                return 0;
            }
            return articles == 0 ? 1 : 2;
        }
    }

    private static final Comparator<Triple> ORDER = Comparator
            .comparing((Triple t) -> t.getSubject().toString())
            .thenComparing(t -> t.getPredicate().toString())
            .thenComparing(t -> t.getObject().toString());

    private final Supplier<Pipeline> pipeline;
    private final ArticleReader reader;
    private final int threads;
    private final PrintWriter err;

    /**
     * @param pipeline the extraction pipeline, asked for only when there is a file to extract
     * @param threads  extraction workers
     * @param err      where problems go, one line each
     */
    public Extraction(Supplier<Pipeline> pipeline, ArticleReader reader, int threads, PrintWriter err) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.threads = threads;
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Extracts every article under the paths and writes them to {@code out}. */
    public Summary run(List<Path> paths, Format format, OutputStream out) {
        long[] counts = new long[3];
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.addAll(ArticleReader.files(List.of(p)));
            } catch (TradekgException e) {
                problem(counts, e.getMessage());
            }
        }
        DatasetGraph collected = format == Format.JSONLD ? DatasetGraphFactory.createTxnMem() : null;
        StreamRDF stream = collected != null ? StreamRDFLib.dataset(collected)
                : StreamRDFWriter.getWriterStream(out, rdfFormat(format));
        stream.start();
        Namespaces.prefixes().getNsPrefixMap().forEach(stream::prefix);
        if (!files.isEmpty()) {
            new ArticleGraphs(pipeline.get(), reader, threads).run(files, article -> false, item -> {
                if (item instanceof ArticleGraphs.Built b) {
                    counts[1] += write(b, format, stream);
                    counts[0]++;
                } else if (item instanceof ArticleGraphs.ArticleFailed f) {
                    problem(counts, f.message());
                } else if (item instanceof ArticleGraphs.FileFailed f) {
                    problem(counts, f.message());
                }
            });
        }
        stream.finish();
        if (collected != null) {
            RDFDataMgr.write(out, collected, RDFFormat.JSONLD11);
        }
        return new Summary(files.size(), counts[0], counts[1], counts[2]);
    }

    /** Sends the article's graph to the stream, sorted so that the same input gives the same bytes. */
    private static int write(ArticleGraphs.Built built, Format format, StreamRDF stream) {
        Node name = NodeFactory.createURI(GraphBuilder.graphName(built.article()));
        List<Triple> triples = built.graph().getGraph().find().toList();
        triples.sort(ORDER);
        for (Triple t : triples) {
            if (format == Format.TURTLE) {
                stream.triple(t);
            } else {
                stream.quad(Quad.create(name, t));
            }
        }
        return triples.size();
    }

    private void problem(long[] counts, String message) {
        counts[2]++;
        err.println("tradekg: " + message);
        err.flush();
    }

    private static RDFFormat rdfFormat(Format format) {
        return switch (format) {
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            case NQUADS -> RDFFormat.NQUADS;
            case TURTLE -> RDFFormat.TURTLE_BLOCKS;
            case JSONLD -> RDFFormat.JSONLD11;
        };
    }
}

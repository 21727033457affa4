package org.tradekg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.tradekg.TradekgException;
import org.tradekg.vocab.TKG;
import org.tradekg.vocab.TKR;

/**
 * A TDB2 dataset of article graphs: one named graph per article, named by the article's IRI,
 * each written in its own transaction. Queries over the default graph see the union of the
 * article graphs.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(Path.of("db"))) {
 *     store.replace("reuters-13039", graph);
 *     store.delete("reuters-342");
 * }
 * }</pre>
 */
public final class ArticleStore implements AutoCloseable {

    /** TDB2 names the process holding the lock: "held by process 8322". */
    private static final Pattern LOCK_HOLDER = Pattern.compile("process (\\d+)");

    private final Path dir;
    private final Dataset dataset;

    private ArticleStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens the dataset in {@code dir}, creating it when the directory is new or empty.
     *
     * @throws TradekgException when the directory cannot be used or another process holds it
     */
    public static ArticleStore open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new TradekgException(dir + ": not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new TradekgException(dir + ": cannot create the dataset directory (" + e.getMessage() + ")", e);
        }
        return connect(dir);
    }

    /**
     * Opens an existing dataset for reading or serving.
     *
     * @throws TradekgException when {@code dir} holds no TDB2 dataset
     */
    public static ArticleStore openExisting(Path dir) {
        if (!isDataset(dir)) {
            throw new TradekgException(dir + ": no TDB2 dataset here (create one with 'tradekg ingest --db "
                    + dir + " PATH')");
        }
        return connect(dir);
    }

    private static boolean isDataset(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            throw new TradekgException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static ArticleStore connect(Path dir) {
        try {
            return new ArticleStore(dir, TDB2Factory.connectDataset(dir.toString()));
        } catch (TDBException | DBOpEnvException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.toLowerCase().contains("lock")) {
                Matcher pid = LOCK_HOLDER.matcher(why);
                throw new TradekgException(dir + ": dataset is in use by another process"
                        + (pid.find() ? " (pid " + pid.group(1) + ")" : "")
                        + " holding its TDB2 lock; stop it or wait for it to finish", e);
            }
            throw new TradekgException(dir + ": cannot open the TDB2 dataset (" + why + ")", e);
        }
    }

    /** The dataset itself, with the union of the article graphs as default graph for queries. */
    public Dataset dataset() {
        return dataset;
    }

    /** The dataset's directory. */
    public Path directory() {
        return dir;
    }

    /** The SHA-256 of the source the article's graph was made from, if the article is stored. */
    public Optional<String> recordedSha256(String articleId) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.asDatasetGraph().getGraph(graphNode(articleId));
            Iterator<org.apache.jena.graph.Triple> it =
                    g.find(TKR.source(articleId).asNode(), TKG.sha256.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /**
     * Replaces the article's graph with {@code graph} in one write transaction: either the whole
     * new graph is stored or, on failure, the old one stays as it was.
     *
     * @return the number of quads now in the article's graph
     */
    public long replace(String articleId, Model graph) {
        Node name = graphNode(articleId);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(name);
            graph.getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            return (long) dsg.getGraph(name).size();
        });
    }

    /**
     * Removes the article's graph in one write transaction.
     *
     * @return false when no such article was stored
     */
    public boolean delete(String articleId) {
        Node name = graphNode(articleId);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!dsg.containsGraph(name)) {
                return false;
            }
            dsg.removeGraph(name);
            return true;
        });
    }

    /** The ids of the stored articles, from their graph names. */
    public List<String> articleIds() {
        String base = TKR.article("").getURI();
        return Txn.calculateRead(dataset, () -> {
            List<String> ids = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(base)) {
                    ids.add(n.getURI().substring(base.length()));
                }
            });
            return ids;
        });
    }

    /** The number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    private static Node graphNode(String articleId) {
        return NodeFactory.createURI(TKR.article(articleId).getURI());
    }

    /** Releases this handle; TDB2 keeps the files consistent, each write having committed. */
    @Override
    public void close() {
        dataset.close();
    }
}

package org.tradekg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.tradekg.TradekgException;
import org.tradekg.vocab.TKG;
import org.tradekg.vocab.TKR;

/**
 * A TDB2 dataset of article graphs: one named graph per article, named by the article's IRI.
 * Queries over the default graph see the union of the article graphs. A Lucene full-text index
 * (jena-text, in {@code DIR/text-index}) over labels, titles, evidence sentences and quotes is
 * written in the same transactions, so {@code text:query} stays in step with ingest and delete.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(Path.of("db"))) {
 *     store.replace("reuters-13039", graph);
 *     store.replaceAll(List.of(new ArticleStore.ArticleGraph("reuters-5", g5), ...));
 *     store.delete("reuters-342");
 * }
 * }</pre>
 */
public final class ArticleStore implements AutoCloseable {

    /** The text index's directory inside the dataset directory. */
    public static final String TEXT_INDEX = "text-index";

    /** The predicates whose literals are indexed, all in one Lucene field. */
    static final List<Node> TEXT_PREDICATES = List.of(RDFS.label.asNode(), DCTerms.title.asNode(),
            TKG.evidence.asNode(), TKG.quote.asNode());

    /**
     * How a new dataset is laid out: the quad indexes that serve the union graph (SPOG, POSG,
     * OSPG) and one graph-first index, GSPO, rather than TDB2's six. An article's graph is small
     * (some fifty quads), so a pattern inside one named graph is answered by a scan of GSPO from
     * the graph's name as fast as by GPOS or GOSP, and every quad stored costs four index
     * insertions, not six. TDB2 keeps the layout in the dataset ({@code Data-0001/tdb.cfg}), so
     * later connections, and other TDB2 tools, read it from there.
     */
    static final StoreParams NEW_DATASET = StoreParams.builder()
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"})
            .build();

    /** TDB2 names the process holding the lock: "held by process 8322". */
    private static final Pattern LOCK_HOLDER = Pattern.compile("process (\\d+)");

    /**
     * One article's graph, to be stored.
     *
     * @param articleId the article's id ({@code reuters-13039})
     * @param graph     every triple of the article's named graph
     */
    public record ArticleGraph(String articleId, Model graph) {

        public ArticleGraph {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(graph, "graph");
            if (articleId.isBlank()) {
                throw new IllegalArgumentException("blank article id");
            }
        }
    }

    /**
     * The datasets open in this JVM, by directory. TDB2 keeps one connection per directory and
     * process, and Lucene allows one writer per index, so every handle on a directory shares
     * one of these until the last handle is closed.
     */
    private static final Map<Path, Shared> OPEN = new HashMap<>();

    /** A dataset and its text index, shared by the handles on one directory. */
    private static final class Shared {
        final Dataset tdb;
        final TextIndex text;
        final Dataset dataset;
        int handles;

        Shared(Dataset tdb, TextIndex text) {
            this.tdb = tdb;
            this.text = text;
            tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
            this.dataset = DatasetFactory.wrap(new TextIndexedDatasetGraph(tdb.asDatasetGraph(), text,
                    TEXT_PREDICATES));
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            // TDB2's query engine runs on the TDB2 dataset under the wrapper: text:query finds
            // the index in the context.
            tdb.getContext().set(TextQuery.textIndex, text);
            dataset.getContext().set(TextQuery.textIndex, text);
        }
    }

    private final Path dir;
    private final Path key;
    private final Shared shared;
    private final Dataset tdb;
    private final TextIndex text;
    private final Dataset dataset;
    private boolean closed;

    private ArticleStore(Path dir, Path key, Shared shared) {
        this.dir = dir;
        this.key = key;
        this.shared = shared;
        this.tdb = shared.tdb;
        this.text = shared.text;
        this.dataset = shared.dataset;
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
        Path key = dir.toAbsolutePath().normalize();
        synchronized (OPEN) {
            Shared shared = OPEN.get(key);
            if (shared == null) {
                shared = share(dir);
                OPEN.put(key, shared);
            }
            shared.handles++;
            return new ArticleStore(dir, key, shared);
        }
    }

    private static Shared share(Path dir) {
        Dataset tdb;
        try {
            tdb = isDataset(dir) ? TDB2Factory.connectDataset(dir.toString())
                    : DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(dir.toString(), NEW_DATASET));
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
        try {
            // Only the TDB2 lock holder gets here, so the Lucene index is this process's alone.
            return new Shared(tdb, textIndex(dir.resolve(TEXT_INDEX)));
        } catch (IOException | RuntimeException e) {
            TDBInternal.expel(tdb.asDatasetGraph());
            throw new TradekgException(dir.resolve(TEXT_INDEX) + ": cannot open the text index (" + e.getMessage()
                    + ")", e);
        }
    }

    private static TextIndex textIndex(Path indexDir) throws IOException {
        EntityDefinition def = new EntityDefinition("uri", "text", "graph");
        TEXT_PREDICATES.forEach(p -> def.set("text", p));
        def.setPrimaryPredicate(RDFS.label);
        // The quad's uid lets a removed quad take its document with it.
        def.setUidField("uid");
        def.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(def);
        // English stemming: "semiconductor" finds "semiconductors".
        config.setAnalyzer(new EnglishAnalyzer());
        config.setValueStored(true);
        return TextDatasetFactory.createLuceneIndex(FSDirectory.open(indexDir), config);
    }

    /**
     * The dataset itself, with the union of the article graphs as default graph for queries and
     * {@code text:query} over the text index. Writes through it keep the index in step.
     */
    public Dataset dataset() {
        return dataset;
    }

    /** The dataset's directory. */
    public Path directory() {
        return dir;
    }

    /** The SHA-256 of the source the article's graph was made from, if the article is stored. */
    public Optional<String> recordedSha256(String articleId) {
        return Txn.calculateRead(tdb, () -> {
            Graph g = tdb.asDatasetGraph().getGraph(graphNode(articleId));
            Iterator<org.apache.jena.graph.Triple> it =
                    g.find(TKR.source(articleId).asNode(), TKG.sha256.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /** True when no article is stored: nothing can be unchanged, nothing needs replacing. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !tdb.asDatasetGraph().listGraphNodes().hasNext());
    }

    /**
     * Replaces the article's graph with {@code graph} in one write transaction: either the whole
     * new graph is stored or, on failure, the old one stays as it was.
     *
     * @return the number of quads now in the article's graph
     */
    public long replace(String articleId, Model graph) {
        return replaceAll(List.of(new ArticleGraph(articleId, graph)));
    }

    /**
     * Replaces the graphs of several articles in one write transaction: all of them are stored,
     * or, when one fails, none is and the old graphs stay as they were. One commit for many
     * articles is what makes a large ingest fast (each commit syncs the disk).
     *
     * @return the number of quads now in these articles' graphs
     */
    public long replaceAll(List<ArticleGraph> graphs) {
        if (graphs.isEmpty()) {
            return 0;
        }
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long quads = 0;
            for (ArticleGraph a : graphs) {
                // Replaces the graph, text index included.
                dsg.addGraph(graphNode(a.articleId()), a.graph().getGraph());
                // A graph is a set of triples and TDB2 stores a set of quads: the sizes agree.
                quads += a.graph().size();
            }
            return quads;
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

    /**
     * Makes the text index agree with the data: after a crash between the commit of the data
     * and that of the index (or for a dataset made without an index), the index is rebuilt from
     * the stored literals.
     *
     * @return true when the index had to be rebuilt
     */
    public boolean checkTextIndex() {
        long expected = Txn.calculateRead(tdb, () -> {
            long n = 0;
            DatasetGraph dsg = tdb.asDatasetGraph();
            for (Node p : TEXT_PREDICATES) {
                Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    if (it.next().getObject().isLiteral()) {
                        n++;
                    }
                }
            }
            return n;
        });
        if (expected == textDocuments()) {
            return false;
        }
        rebuildTextIndex();
        return true;
    }

    private long textDocuments() {
        TextIndexLucene lucene = (TextIndexLucene) text;
        try (DirectoryReader reader = DirectoryReader.open(lucene.getIndexWriter())) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new TradekgException(dir.resolve(TEXT_INDEX) + ": cannot read the text index (" + e.getMessage()
                    + ")", e);
        }
    }

    private void rebuildTextIndex() {
        TextIndexLucene lucene = (TextIndexLucene) text;
        EntityDefinition def = lucene.getDocDef();
        Txn.executeRead(tdb, () -> {
            try {
                lucene.getIndexWriter().deleteAll();
                DatasetGraph dsg = tdb.asDatasetGraph();
                for (Node p : TEXT_PREDICATES) {
                    dsg.findNG(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                        var entity = TextQueryFuncs.entityFromQuad(def, q);
                        if (entity != null) {
                            lucene.addEntity(entity);
                        }
                    });
                }
                lucene.commit();
            } catch (IOException e) {
                lucene.rollback();
                throw new TradekgException(dir.resolve(TEXT_INDEX) + ": cannot rebuild the text index ("
                        + e.getMessage() + ")", e);
            }
        });
    }

    /** The ids of the stored articles, from their graph names. */
    public List<String> articleIds() {
        String base = TKR.article("").getURI();
        return Txn.calculateRead(tdb, () -> {
            List<String> ids = new ArrayList<>();
            tdb.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(base)) {
                    ids.add(n.getURI().substring(base.length()));
                }
            });
            return ids;
        });
    }

    /** The number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(tdb, () -> {
            long[] n = {0};
            tdb.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    private static Node graphNode(String articleId) {
        return NodeFactory.createURI(TKR.article(articleId).getURI());
    }

    /**
     * Releases this handle; the last handle on the directory closes the text index and the
     * dataset. TDB2 keeps the files consistent, each write having committed.
     */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (closed) {
                return;
            }
            closed = true;
            if (--shared.handles > 0) {
                return;
            }
            OPEN.remove(key);
        }
        dataset.close();
        // Forget the connection too, so that reopening the directory in this JVM gets a fresh
        // text index rather than the closed one still registered with the old connection.
        TDBInternal.expel(tdb.asDatasetGraph());
    }
}

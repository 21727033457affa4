package org.tradekg.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.tradekg.article.Article;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.Extractor;
import org.tradekg.extract.Pipeline;
import org.tradekg.rdf.GraphBuilder;

/**
 * The dev articles ({@code ../shared/eval/dev/articles}) extracted once into an in-memory TDB2
 * dataset and exported as a property graph, for the writer tests. Built on first use and never
 * changed after.
 */
final class DevSet {

    static final Path ARTICLES = Path.of("../shared/eval/dev/articles");

    private DevSet() {
    }

    private static final class Holder {
        static final Dataset DATASET = extract();
        static final PropertyGraph GRAPH = GraphSelection.select(DATASET, null);
    }

    static Dataset dataset() {
        return Holder.DATASET;
    }

    static PropertyGraph graph() {
        return Holder.GRAPH;
    }

    private static Dataset extract() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Extractor extractor = Pipeline.load().newExtractor();
        ArticleReader reader = new ArticleReader(null, StandardCharsets.UTF_8);
        Txn.executeWrite(ds, () -> {
            for (Path file : ArticleReader.files(List.of(ARTICLES))) {
                for (Article a : reader.read(file)) {
                    Model graph = GraphBuilder.build(extractor.extract(a));
                    var name = NodeFactory.createURI(GraphBuilder.graphName(a));
                    graph.getGraph().find().forEachRemaining(t -> ds.asDatasetGraph().add(name, t.getSubject(),
                            t.getPredicate(), t.getObject()));
                }
            }
        });
        return ds;
    }
}

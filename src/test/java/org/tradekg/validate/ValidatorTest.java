package org.tradekg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradekg.article.Article;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.Pipeline;
import org.tradekg.rdf.GraphBuilder;
import org.tradekg.store.Provenance;
import org.tradekg.vocab.TKG;
import org.tradekg.vocab.TKR;

class ValidatorTest {

    private static Pipeline pipeline;
    private static Validator validator;
    private static Article seed;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
        validator = Validator.load();
        seed = new ArticleReader(null, StandardCharsets.UTF_8)
                .read(Path.of("../shared/eval/dev/articles/seed-us-china-talks.txt")).get(0);
    }

    private static Dataset datasetWith(String graphName, Model graph) {
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> ds.addNamedModel(graphName, graph));
        return ds;
    }

    @Test
    void anExtractedArticleWithItsProvenanceConforms() {
        Model graph = GraphBuilder.build(pipeline.newExtractor().extract(seed));
        Provenance.describe(graph, seed, pipeline.versions(), Instant.parse("2025-10-20T08:00:00Z"));
        Validator.Report report = validator.validate(datasetWith(GraphBuilder.graphName(seed), graph));
        assertTrue(report.conforms(), () -> String.join("\n", report.violations().stream().map(Validator.Violation::describe).toList()));
        assertEquals(1, report.graphs());
    }

    @Test
    void anEventThatSaysNothingOfItsArticleIsReportedWithItsGraph() {
        Model graph = ModelFactory.createDefaultModel();
        graph.createResource(TKR.event("x", 1).getURI()).addProperty(RDF.type, TKG.Meeting).addProperty(RDF.type, TKG.Event);
        String name = TKR.article("x").getURI();
        Validator.Report report = validator.validate(datasetWith(name, graph));
        assertFalse(report.conforms());
        Validator.Violation v = report.violations().get(0);
        assertEquals(name, v.graph());
        assertTrue(report.violations().stream().allMatch(x -> x.focus().equals(TKR.event("x", 1).getURI())),
                report.violations().toString());
        assertTrue(v.describe().split("\t").length == 5, v.describe());
    }
}

package org.tradekg.store;

import java.time.Instant;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.tradekg.article.Article;
import org.tradekg.article.Source;
import org.tradekg.vocab.PROV;
import org.tradekg.vocab.TKG;
import org.tradekg.vocab.TKR;

/**
 * The provenance of an article graph, written into the graph itself: the extraction run
 * ({@code prov:Activity}) that generated the article and the source file it used, with the
 * file's SHA-256 so that an unchanged file can be recognised and skipped.
 */
public final class Provenance {

    private Provenance() {
    }

    /**
     * Adds the provenance of {@code article} to its graph.
     *
     * @param versions software, models and gazetteer versions ({@code Pipeline.versions()})
     * @param started  when the run began
     */
    public static void describe(Model graph, Article article, Map<String, String> versions, Instant started) {
        Source src = article.source();
        Resource source = graph.createResource(TKR.source(article.id()).getURI())
                .addProperty(RDF.type, TKG.SourceFile)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(RDFS.label, src.location())
                .addProperty(TKG.sha256, src.sha256())
                .addLiteral(TKG.byteLength, src.bytes());
        Resource activity = graph.createResource(TKR.activity(article.id()).getURI())
                .addProperty(RDF.type, PROV.Activity)
                .addLiteral(PROV.startedAtTime,
                        graph.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime))
                .addProperty(TKG.softwareVersion, versions.getOrDefault("software", "unknown"))
                .addProperty(TKG.modelVersion, versions.getOrDefault("models", "unknown"))
                .addProperty(TKG.gazetteerVersion, versions.getOrDefault("gazetteer", "unknown"))
                .addProperty(PROV.used, source);
        graph.createResource(TKR.article(article.id()).getURI())
                .addProperty(PROV.wasGeneratedBy, activity)
                .addProperty(PROV.wasDerivedFrom, source);
    }
}

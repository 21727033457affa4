package org.tradekg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradekg.vocab.Namespaces;
import org.tradekg.vocab.TKG;

class AliasLinkerTest {

    private static final String R = "https://w3id.org/tradekg/resource/";
    private static final String A1 = R + "article/a1";
    private static final String A2 = R + "article/a2";
    private static final String TOSHIBA = R + "organization/toshiba-corp";
    private static final String KURODA = R + "person/makoto-kuroda";
    private static final String JAPAN = R + "country/japan";
    private static final String EVENT = R + "event/a1-1";

    private Dataset dataset;

    private static Model article(boolean withKuroda) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(TOSHIBA).addProperty(RDF.type, TKG.Organization).addProperty(RDF.type, TKG.Actor)
                .addProperty(RDFS.label, "Toshiba Corp");
        m.createResource(JAPAN).addProperty(RDF.type, TKG.Country).addProperty(RDF.type, TKG.Actor)
                .addProperty(RDF.type, TKG.Place).addProperty(RDFS.label, "Japan")
                .addProperty(OWL.sameAs, m.createResource(Namespaces.WD + "Q17"));
        if (withKuroda) {
            m.createResource(KURODA).addProperty(RDF.type, TKG.Person).addProperty(RDF.type, TKG.Actor)
                    .addProperty(RDFS.label, "Makoto Kuroda");
            m.createResource(EVENT).addProperty(RDF.type, TKG.Event).addProperty(RDFS.label, "Makoto Kuroda");
        }
        return m;
    }

    @BeforeEach
    void twoArticleGraphs() {
        dataset = TDB2Factory.createDataset();
        Txn.executeWrite(dataset, () -> {
            dataset.addNamedModel(A1, article(true));
            dataset.addNamedModel(A2, article(false));
        });
    }

    private boolean linked(String graph, String entity, String q) {
        return Txn.calculateRead(dataset, () -> {
            Model m = dataset.getNamedModel(graph);
            return m.contains(m.createResource(entity), OWL.sameAs, m.createResource(Namespaces.WD + q));
        });
    }

    @Test
    void linksAnEntityInEveryGraphThatHoldsIt() {
        AliasLinker.Result r = new AliasLinker(Aliases.of(List.of(new Aliases.Alias("toshiba corp", "Q1"))))
                .link(dataset);
        assertTrue(linked(A1, TOSHIBA, "Q1") && linked(A2, TOSHIBA, "Q1"));
        assertEquals(new AliasLinker.Result(1, 2, 2, List.of()), r);
        assertEquals("linked 1 entity (2 links in 2 graphs)", r.describe());
    }

    @Test
    void leavesEntitiesThatAreLinkedAlreadyAndNeverLinksEvents() {
        AliasLinker.Result r = new AliasLinker(Aliases.of(List.of(new Aliases.Alias("Japan", "Q999"),
                new Aliases.Alias("Makoto Kuroda", "Q2")))).link(dataset);
        assertFalse(linked(A1, JAPAN, "Q999"), "the gazetteer's link stays the only one");
        assertTrue(linked(A1, KURODA, "Q2"));
        assertFalse(linked(A1, EVENT, "Q2"), "an event with the same label is not an entity");
        assertEquals(1, r.entities());
        assertEquals(List.of("Japan"), r.unused());
    }

    @Test
    void linkingTwiceAddsNothingMore() {
        AliasLinker linker = new AliasLinker(Aliases.of(List.of(new Aliases.Alias("Toshiba Corp", "Q1"))));
        linker.link(dataset);
        long quads = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        AliasLinker.Result again = linker.link(dataset);
        assertEquals(0, again.links());
        assertEquals(quads, Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count()));
    }

    @Test
    void theLinkedEntityKeepsItsIri() {
        new AliasLinker(Aliases.of(List.of(new Aliases.Alias("Toshiba Corp", "Q1")))).link(dataset);
        Resource toshiba = Txn.calculateRead(dataset, () -> dataset.getNamedModel(A1)
                .listSubjectsWithProperty(OWL.sameAs, dataset.getNamedModel(A1).createResource(Namespaces.WD + "Q1"))
                .next());
        assertEquals(TOSHIBA, toshiba.getURI());
    }
}

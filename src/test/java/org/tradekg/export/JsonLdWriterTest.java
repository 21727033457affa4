package org.tradekg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.tradekg.vocab.TKG;

class JsonLdWriterTest {

    static Model parse(String jsonld) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld, Lang.JSONLD11).parse(m);
        return m;
    }

    static String write(PropertyGraph g, String contextUrl) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLdWriter(contextUrl).write(g, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDevSetReadsBackAsTheSameNodesAndEdges() throws Exception {
        PropertyGraph g = DevSet.graph();
        Model m = parse(write(g, null));
        assertEquals(g.nodes().size(), m.listSubjectsWithProperty(RDFS.label).toList().size());
        long edges = g.edges().stream().filter(e -> m.contains(m.createResource(e.source()),
                m.createProperty(e.property()), m.createResource(e.target()))).count();
        assertEquals(g.edges().size(), edges, "every edge is a triple");
        Resource us = m.createResource("https://w3id.org/tradekg/resource/country/united-states");
        assertTrue(m.contains(us, OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q30")));
        assertTrue(m.contains(us, RDF.type, TKG.Country) && m.contains(us, RDF.type, TKG.Actor));
        assertTrue(m.contains(us, RDFS.label, "United States"));
    }

    @Test
    void datesKeepTheirPrecisionAndEventsTheirCodes() throws Exception {
        Model m = parse(write(DevSet.graph(), null));
        assertTrue(m.listObjectsOfProperty(TKG.date).toList().stream().allMatch(d -> {
            String type = d.asLiteral().getDatatypeURI();
            return type.equals(XSDDatatype.XSDdate.getURI()) || type.equals(XSDDatatype.XSDgYearMonth.getURI())
                    || type.equals(XSDDatatype.XSDgYear.getURI());
        }));
        assertTrue(m.listObjectsOfProperty(TKG.eventCode).toList().stream()
                .anyMatch(c -> c.asResource().getURI().equals("https://w3id.org/tradekg/cameo/041")));
        assertTrue(m.listObjectsOfProperty(TKG.status).toList().stream()
                .anyMatch(s -> s.asResource().equals(TKG.status("Held"))));
    }

    @Test
    void theContextCanBeReferencedByUrl() throws Exception {
        String doc = write(DevSet.graph(), "http://localhost:3030/context.jsonld");
        assertTrue(doc.contains("\"@context\" : \"http://localhost:3030/context.jsonld\""), doc.substring(0, 200));
    }
}

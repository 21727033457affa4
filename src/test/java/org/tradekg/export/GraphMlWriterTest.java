package org.tradekg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class GraphMlWriterTest {

    private static byte[] write(PropertyGraph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphMlWriter().write(g, out);
        return out.toByteArray();
    }

    private static XPath xpath() {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new SingleNamespace("g", GraphMlWriter.NS));
        return x;
    }

    @Test
    void theDevSetIsValidGraphMl() throws Exception {
        XmlSchemas.validate("graphml.xsd", write(DevSet.graph()));
    }

    @Test
    void nodesCarryTheirIriAndAttributesAndEdgesJoinThem() throws Exception {
        PropertyGraph g = DevSet.graph();
        Document doc = XmlSchemas.parse(write(g));
        XPath x = xpath();
        assertEquals(g.nodes().size(), ((Number) x.evaluate("count(//g:node)", doc, XPathConstants.NUMBER)).intValue());
        assertEquals(g.edges().size(), ((Number) x.evaluate("count(//g:edge)", doc, XPathConstants.NUMBER)).intValue());
        String bessent = "//g:node[g:data[@key='n_iri']='https://w3id.org/tradekg/resource/person/scott-bessent']";
        assertEquals("Scott Bessent", x.evaluate(bessent + "/g:data[@key='n_label']", doc));
        assertEquals("Person", x.evaluate(bessent + "/g:data[@key='n_type']", doc));
        assertTrue(x.evaluate(bessent + "/g:data[@key='n_wikidata']", doc).startsWith("Q"));
        String id = x.evaluate(bessent + "/@id", doc);
        assertTrue(((Boolean) x.evaluate("//g:edge[@target='" + id + "']/g:data[@key='e_label']='participant'", doc,
                XPathConstants.BOOLEAN)), "a meeting's participant edge ends at Bessent");
        assertEquals(0.0, x.evaluate("count(//g:edge[not(@source = //g:node/@id) or not(@target = //g:node/@id)])",
                doc, XPathConstants.NUMBER), "every edge joins two nodes");
    }

    @Test
    void textThatXmlCannotCarryIsDroppedAndMarkupEscaped() throws Exception {
        PropertyGraph g = new PropertyGraph(List.of(new PropertyGraph.Node("https://w3id.org/tradekg/resource/organization/a-b",
                "entity", "Organization", List.of("Organization", "Actor"), "A & B <Ltd> \u0001\"x\"", null, null, null,
                List.of())), List.of());
        byte[] xml = write(g);
        XmlSchemas.validate("graphml.xsd", xml);
        assertEquals("A & B <Ltd> \"x\"", xpath().evaluate("//g:data[@key='n_label']", XmlSchemas.parse(xml)));
    }
}

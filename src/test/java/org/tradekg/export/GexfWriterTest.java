package org.tradekg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class GexfWriterTest {

    private static byte[] write(PropertyGraph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GexfWriter().write(g, out);
        return out.toByteArray();
    }

    @Test
    void theDevSetIsValidGexf() throws Exception {
        XmlSchemas.validate("gexf.xsd", write(DevSet.graph()));
    }

    @Test
    void nodesAreIdentifiedByIriWithDeclaredAttributeColumns() throws Exception {
        PropertyGraph g = DevSet.graph();
        Document doc = XmlSchemas.parse(write(g));
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new SingleNamespace("x", GexfWriter.NS));
        assertEquals(g.nodes().size(), ((Number) x.evaluate("count(//x:node)", doc, XPathConstants.NUMBER)).intValue());
        assertEquals(Integer.toString(g.edges().size()), x.evaluate("//x:edges/@count", doc));
        String us = "//x:node[@id='https://w3id.org/tradekg/resource/country/united-states']";
        assertEquals("United States", x.evaluate(us + "/@label", doc));
        assertEquals("Q30", x.evaluate(us + "/x:attvalues/x:attvalue[@for='wikidata']/@value", doc));
        assertEquals("Country", x.evaluate(us + "/x:attvalues/x:attvalue[@for='type']/@value", doc));
        assertEquals(0.0, x.evaluate("count(//x:attvalue[not(@for = //x:attributes/x:attribute/@id)])", doc,
                XPathConstants.NUMBER), "every value is of a declared column");
        assertEquals(0.0, x.evaluate("count(//x:edge[not(@source = //x:node/@id) or not(@target = //x:node/@id)])",
                doc, XPathConstants.NUMBER), "every edge joins two nodes");
    }
}

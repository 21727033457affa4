package org.tradekg.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the XML exports share: the document around the root element's content, text made safe
 * for XML 1.0 (characters XML cannot carry, most control characters, are dropped) and
 * indentation.
 */
final class XmlText {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** What a root element holds, written between its start and end tags. */
    interface Content {
        void writeTo(XMLStreamWriter x) throws XMLStreamException;
    }

    private XmlText() {
    }

    /**
     * Writes one UTF-8 document: the declaration, the root element in namespace {@code ns}
     * with the location of its schema, the content, and the root's end on a line of its own.
     *
     * @param format the format's name, for the error message ("GEXF")
     */
    static void document(OutputStream out, String format, String root, String ns, String schema, Content content)
            throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement(root);
            x.writeDefaultNamespace(ns);
            x.writeNamespace("xsi", XSI);
            x.writeAttribute(XSI, "schemaLocation", ns + " " + schema);
            content.writeTo(x);
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + format + ": " + e.getMessage(), e);
        }
        out.flush();
    }

    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** A new line indented two spaces per level. */
    static void indent(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}

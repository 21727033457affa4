package org.tradekg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.2 (gexf.net), Gephi's own format. Node ids are the IRIs, {@code label} the labels, and
 * the other attributes are declared string columns; edges are directed, labelled with the
 * property's local name.
 */
public final class GexfWriter implements GraphWriter {

    static final String NS = "http://www.gexf.net/1.2draft";
    static final String SCHEMA = "http://www.gexf.net/1.2draft/gexf.xsd";

    /** Node attributes that are columns: the id and the label are the node's own. */
    private static final List<String> NODE_COLUMNS = PropertyGraph.NODE_ATTRIBUTES.stream()
            .filter(a -> !a.equals("iri") && !a.equals("label")).toList();

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        XmlText.document(out, "GEXF", "gexf", NS, SCHEMA, x -> {
            x.writeAttribute("version", "1.2");
            XmlText.indent(x, 1);
            x.writeStartElement("meta");
            XmlText.indent(x, 2);
            element(x, "creator", "tradekg");
            XmlText.indent(x, 2);
            element(x, "description", "Entities and events of trade diplomacy, and the properties between them");
            XmlText.indent(x, 1);
            x.writeEndElement();
            XmlText.indent(x, 1);
            x.writeStartElement("graph");
            x.writeAttribute("mode", "static");
            x.writeAttribute("defaultedgetype", "directed");
            columns(x, "node", NODE_COLUMNS);
            columns(x, "edge", List.of("property"));
            XmlText.indent(x, 2);
            x.writeStartElement("nodes");
            x.writeAttribute("count", Integer.toString(graph.nodes().size()));
            for (PropertyGraph.Node n : graph.nodes()) {
                XmlText.indent(x, 3);
                x.writeStartElement("node");
                x.writeAttribute("id", XmlText.clean(n.iri()));
                x.writeAttribute("label", XmlText.clean(n.label()));
                values(x, n.attributes(), NODE_COLUMNS);
                XmlText.indent(x, 3);
                x.writeEndElement();
            }
            XmlText.indent(x, 2);
            x.writeEndElement();
            XmlText.indent(x, 2);
            x.writeStartElement("edges");
            x.writeAttribute("count", Integer.toString(graph.edges().size()));
            int i = 0;
            for (PropertyGraph.Edge e : graph.edges()) {
                XmlText.indent(x, 3);
                x.writeStartElement("edge");
                x.writeAttribute("id", Integer.toString(i++));
                x.writeAttribute("source", XmlText.clean(e.source()));
                x.writeAttribute("target", XmlText.clean(e.target()));
                x.writeAttribute("label", e.label());
                values(x, Map.of("property", e.property()), List.of("property"));
                XmlText.indent(x, 3);
                x.writeEndElement();
            }
            XmlText.indent(x, 2);
            x.writeEndElement();
            XmlText.indent(x, 1);
            x.writeEndElement();
        });
    }

    private static void columns(XMLStreamWriter x, String scope, List<String> names) throws XMLStreamException {
        XmlText.indent(x, 2);
        x.writeStartElement("attributes");
        x.writeAttribute("class", scope);
        for (String name : names) {
            XmlText.indent(x, 3);
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", name);
            x.writeAttribute("title", name);
            x.writeAttribute("type", "string");
        }
        XmlText.indent(x, 2);
        x.writeEndElement();
    }

    private static void values(XMLStreamWriter x, Map<String, String> values, List<String> columns)
            throws XMLStreamException {
        List<String> present = columns.stream().filter(values::containsKey).toList();
        if (present.isEmpty()) {
            return;
        }
        x.writeStartElement("attvalues");
        for (String name : present) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", name);
            x.writeAttribute("value", XmlText.clean(values.get(name)));
        }
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}

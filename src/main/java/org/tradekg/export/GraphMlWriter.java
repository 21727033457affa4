package org.tradekg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML 1.0 (graphml.graphdrawing.org), as Gephi, Cytoscape and yEd open it. GraphML ids are
 * XML name tokens, which IRIs are not, so nodes are {@code n0}, {@code n1}, ... and each carries
 * its IRI in the {@code iri} attribute; every other attribute is a string {@code <key>}.
 */
public final class GraphMlWriter implements GraphWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        XmlText.document(out, "GraphML", "graphml", NS, SCHEMA, x -> {
            keys(x, "node", "n_", PropertyGraph.NODE_ATTRIBUTES);
            keys(x, "edge", "e_", PropertyGraph.EDGE_ATTRIBUTES);
            XmlText.indent(x, 1);
            x.writeStartElement("graph");
            x.writeAttribute("id", "tradekg");
            x.writeAttribute("edgedefault", "directed");
            Map<String, String> ids = new HashMap<>();
            List<PropertyGraph.Node> nodes = graph.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                PropertyGraph.Node n = nodes.get(i);
                String id = "n" + i;
                ids.put(n.iri(), id);
                XmlText.indent(x, 2);
                x.writeStartElement("node");
                x.writeAttribute("id", id);
                data(x, "n_", n.attributes(), 3);
                XmlText.indent(x, 2);
                x.writeEndElement();
            }
            List<PropertyGraph.Edge> edges = graph.edges();
            for (int i = 0; i < edges.size(); i++) {
                PropertyGraph.Edge e = edges.get(i);
                XmlText.indent(x, 2);
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + i);
                x.writeAttribute("source", ids.get(e.source()));
                x.writeAttribute("target", ids.get(e.target()));
                data(x, "e_", Map.of("label", e.label(), "property", e.property()), 3);
                XmlText.indent(x, 2);
                x.writeEndElement();
            }
            XmlText.indent(x, 1);
            x.writeEndElement();
        });
    }

    private static void keys(XMLStreamWriter x, String scope, String prefix, List<String> names)
            throws XMLStreamException {
        for (String name : names) {
            XmlText.indent(x, 1);
            x.writeEmptyElement("key");
            x.writeAttribute("id", prefix + name);
            x.writeAttribute("for", scope);
            x.writeAttribute("attr.name", name);
            x.writeAttribute("attr.type", "string");
        }
    }

    private static void data(XMLStreamWriter x, String prefix, Map<String, String> values, int depth)
            throws XMLStreamException {
        // In declaration order, whatever order the map has.
        List<String> order = prefix.equals("n_") ? PropertyGraph.NODE_ATTRIBUTES : PropertyGraph.EDGE_ATTRIBUTES;
        for (String name : order) {
            String value = values.get(name);
            if (value != null) {
                XmlText.indent(x, depth);
                x.writeStartElement("data");
                x.writeAttribute("key", prefix + name);
                x.writeCharacters(XmlText.clean(value));
                x.writeEndElement();
            }
        }
    }
}

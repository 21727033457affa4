package org.tradekg.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Cytoscape.js JSON ({@code {"elements": {"nodes": [...], "edges": [...]}}}), which
 * {@code cytoscape({elements})} takes as it is and Cytoscape desktop imports. Node data carry
 * the IRI as {@code id} and the attributes; {@code classes} holds the kind and type, for
 * styling.
 */
public final class CytoscapeJsonWriter implements GraphWriter {

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        JsonArray nodes = new JsonArray();
        for (PropertyGraph.Node n : graph.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", n.iri());
            n.attributes().forEach((k, v) -> {
                if (!k.equals("iri")) {
                    data.put(k, v);
                }
            });
            JsonObject node = new JsonObject();
            node.put("data", data);
            node.put("classes", n.kind() + " " + n.type());
            nodes.add(node);
        }
        JsonArray edges = new JsonArray();
        int i = 0;
        for (PropertyGraph.Edge e : graph.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", "e" + i++);
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("label", e.label());
            data.put("property", e.property());
            JsonObject edge = new JsonObject();
            edge.put("data", data);
            edges.add(edge);
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject name = new JsonObject();
        name.put("name", "tradekg");
        JsonObject doc = new JsonObject();
        doc.put("format_version", "1.0");
        doc.put("generated_by", "tradekg");
        doc.put("target_cytoscapejs_version", "~3");
        doc.put("data", name);
        doc.put("elements", elements);
        JSON.write(out, doc);
        out.write('\n');
        out.flush();
    }
}

package org.tradekg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Graphviz DOT: a {@code digraph} whose node ids are the IRIs, labelled with the labels,
 * coloured and shaped by kind (entities as ellipses, events as boxes), each edge labelled with
 * its property. Renders with {@code dot -Tsvg} or, for large graphs, {@code sfdp}.
 */
public final class DotWriter implements GraphWriter {

    private static final Map<String, String> FILL = Map.ofEntries(
            Map.entry("Person", "#fde68a"), Map.entry("Organization", "#bfdbfe"), Map.entry("Country", "#bbf7d0"),
            Map.entry("Place", "#e5e7eb"), Map.entry("Actor", "#e5e7eb"), Map.entry("Meeting", "#c7d2fe"),
            Map.entry("Tariff", "#fecaca"), Map.entry("ExportControl", "#fecaca"), Map.entry("Sanction", "#fecaca"),
            Map.entry("TradeMeasure", "#fecaca"), Map.entry("Agreement", "#a7f3d0"),
            Map.entry("Statement", "#f5d0fe"), Map.entry("Event", "#e5e7eb"));

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("digraph tradekg {");
        w.println("  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];");
        w.println("  node [style=filled, fontname=\"Helvetica\", fontsize=10];");
        w.println("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#6b7280\"];");
        for (PropertyGraph.Node n : graph.nodes()) {
            String tooltip = n.type() + (n.wikidata() != null ? " " + n.wikidata() : "")
                    + (n.date() != null ? " " + n.date() : "");
            w.println("  " + quote(n.iri()) + " [label=" + quote(n.label())
                    + ", shape=" + (n.kind().equals("event") ? "box" : "ellipse")
                    + ", fillcolor=" + quote(FILL.getOrDefault(n.type(), "#ffffff"))
                    + ", tooltip=" + quote(tooltip) + "];");
        }
        for (PropertyGraph.Edge e : graph.edges()) {
            w.println("  " + quote(e.source()) + " -> " + quote(e.target()) + " [label=" + quote(e.label()) + "];");
        }
        w.println("}");
        w.flush();
    }

    /**
     * A DOT double-quoted string. Backslashes are doubled so that Graphviz does not read
     * {@code \N} or {@code \l} in a label as its escapes; line breaks become spaces.
     */
    static String quote(String s) {
        String clean = s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ");
        return "\"" + clean + "\"";
    }
}

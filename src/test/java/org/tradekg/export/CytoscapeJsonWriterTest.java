package org.tradekg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

class CytoscapeJsonWriterTest {

    @Test
    void theDevSetIsCytoscapeElementsJson() throws Exception {
        PropertyGraph g = DevSet.graph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CytoscapeJsonWriter().write(g, out);
        JsonObject doc = JSON.parse(new ByteArrayInputStream(out.toByteArray()));
        JsonArray nodes = doc.getObj("elements").get("nodes").getAsArray();
        JsonArray edges = doc.getObj("elements").get("edges").getAsArray();
        assertEquals(g.nodes().size(), nodes.size());
        assertEquals(g.edges().size(), edges.size());
        Set<String> ids = nodes.stream().map(n -> n.getAsObject().getObj("data").getString("id"))
                .collect(Collectors.toSet());
        for (JsonValue e : edges) {
            JsonObject data = e.getAsObject().getObj("data");
            assertTrue(ids.contains(data.getString("source")) && ids.contains(data.getString("target")), data.toString());
        }
        JsonObject us = nodes.stream().map(n -> n.getAsObject().getObj("data"))
                .filter(d -> d.getString("id").equals("https://w3id.org/tradekg/resource/country/united-states"))
                .findFirst().orElseThrow();
        assertEquals("United States", us.getString("label"));
        assertEquals("Q30", us.getString("wikidata"));
        assertEquals("Country", us.getString("type"));
    }
}

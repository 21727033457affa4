package org.tradekg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradekg.TradekgException;
import org.tradekg.sparql.QueryRunner;

class GraphSelectionTest {

    private static final String BESSENT = "https://w3id.org/tradekg/resource/person/scott-bessent";

    private static Map<String, PropertyGraph.Node> byIri(PropertyGraph g) {
        return g.nodes().stream().collect(Collectors.toMap(PropertyGraph.Node::iri, Function.identity()));
    }

    @Test
    void entitiesAndEventsAreNodesWithTypeLabelAndWikidata() {
        PropertyGraph g = DevSet.graph();
        Map<String, PropertyGraph.Node> nodes = byIri(g);
        PropertyGraph.Node bessent = nodes.get(BESSENT);
        assertEquals("Person", bessent.type());
        assertEquals("entity", bessent.kind());
        assertEquals("Scott Bessent", bessent.label());
        assertTrue(bessent.wikidata().matches("Q\\d+"), bessent.toString());
        PropertyGraph.Node us = nodes.get("https://w3id.org/tradekg/resource/country/united-states");
        assertEquals("Country", us.type());
        assertEquals("Q30", us.wikidata());
        assertTrue(g.nodes().stream().anyMatch(n -> n.kind().equals("event") && n.type().equals("Meeting")
                && n.eventCodes().stream().anyMatch(c -> c.startsWith("cameo:04"))));
        assertTrue(g.nodes().stream().anyMatch(n -> n.type().equals("Tariff")));
        assertFalse(g.nodes().stream().anyMatch(n -> n.iri().contains("/article/")), "articles are not nodes");
    }

    @Test
    void objectPropertiesBetweenNodesAreEdgesNamedByLocalName() {
        PropertyGraph g = DevSet.graph();
        Set<String> iris = byIri(g).keySet();
        assertTrue(g.edges().stream().allMatch(e -> iris.contains(e.source()) && iris.contains(e.target())));
        assertTrue(g.edges().stream().anyMatch(e -> e.target().equals(BESSENT) && e.label().equals("participant")));
        assertTrue(g.edges().stream().anyMatch(e -> e.source().equals(BESSENT) && e.label().equals("represents")));
        assertFalse(g.edges().stream().anyMatch(e -> e.label().equals("sameAs") || e.label().equals("type")));
    }

    @Test
    void aConstructQuerySelectsNodesWhoseAttributesComeFromTheWholeGraph() {
        String onlyParticipants = "CONSTRUCT { ?m tkg:participant ?p } WHERE { ?m tkg:participant ?p }";
        PropertyGraph g = GraphSelection.select(DevSet.dataset(), QueryRunner.parse(onlyParticipants));
        assertTrue(g.edges().stream().allMatch(e -> e.label().equals("participant")), g.edges().toString());
        assertTrue(g.nodes().size() < DevSet.graph().nodes().size());
        PropertyGraph.Node bessent = byIri(g).get(BESSENT);
        assertEquals("Scott Bessent", bessent.label(), "the label is not in the CONSTRUCT but in the data");
        assertTrue(g.nodes().stream().allMatch(n -> n.type().equals("Person") || n.type().equals("Meeting")));
    }

    @Test
    void theActorNetworkQueryExportsActorsOnly() {
        PropertyGraph g = GraphSelection.select(DevSet.dataset(), QueryRunner.parse(QueryRunner.resolve("actor-network")));
        assertFalse(g.edges().isEmpty());
        assertTrue(g.nodes().stream().allMatch(n -> n.kind().equals("entity")));
    }

    @Test
    void aSelectQueryIsRefused() {
        TradekgException e = assertThrows(TradekgException.class,
                () -> GraphSelection.select(DevSet.dataset(), QueryRunner.parse("SELECT * { ?s ?p ?o }")));
        assertTrue(e.getMessage().contains("CONSTRUCT"), e.getMessage());
    }
}

package org.tradekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.TradekgException;

class DataFilesTest {

    private static final String NQ = "<https://w3id.org/tradekg/resource/country/japan> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> \"Japan\" <https://w3id.org/tradekg/resource/article/a1> .\n";

    @TempDir
    Path dir;

    private static long quads(Dataset d) {
        return Txn.calculateRead(d, () -> {
            long[] n = {0};
            d.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    @Test
    void triplesOutsideAGraphGoIntoTheFilesGraph() throws Exception {
        Path ttl = Files.writeString(dir.resolve("x.ttl"), "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        Dataset d = DataFiles.load(List.of(ttl));
        Txn.executeRead(d, () -> assertTrue(d.asDatasetGraph().containsGraph(
                NodeFactory.createURI(ttl.toAbsolutePath().toUri().toString()))));
    }

    @Test
    void writesTrigOrNQuadsAsTheNameAsksWithTheProjectsPrefixes() throws Exception {
        Dataset d = DataFiles.load(List.of(Files.writeString(dir.resolve("in.nq"), NQ)));
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        DataFiles.writeQuads(d, trig, null);
        String text = trig.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("PREFIX tkr:") || text.contains("@prefix tkr:"), text);

        Path nq = dir.resolve("out.nq");
        try (var out = Files.newOutputStream(nq)) {
            DataFiles.writeQuads(d, out, nq);
        }
        assertEquals(NQ, Files.readString(nq));
        assertEquals(1, quads(DataFiles.load(List.of(nq))));
    }

    @Test
    void onlyQuadSyntaxesAreQuadsFiles() {
        assertTrue(DataFiles.isQuadsFile(Path.of("a.trig")));
        assertTrue(DataFiles.isQuadsFile(Path.of("a.nq")));
        assertFalse(DataFiles.isQuadsFile(Path.of("a.ttl")));
        assertFalse(DataFiles.isQuadsFile(Path.of("a.txt")));
        assertThrows(IllegalArgumentException.class,
                () -> DataFiles.writeQuads(DataFiles.load(List.of()), new ByteArrayOutputStream(), Path.of("a.ttl")));
    }

    @Test
    void aFileThatDoesNotParseIsNamed() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.nq"), "this is not RDF\n");
        TradekgException e = assertThrows(TradekgException.class, () -> DataFiles.load(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ": not valid"), e.getMessage());
    }
}

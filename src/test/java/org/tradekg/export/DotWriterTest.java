package org.tradekg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DotWriterTest {

    private static String write(PropertyGraph g) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DotWriter().write(g, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Graphviz's dot on the PATH (Debian's graphviz; .ci/run installs it). */
    private static Path dot() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "dot");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void theDevSetRendersWithGraphviz() throws Exception {
        Path dot = dot();
        assumeTrue(dot != null, "Graphviz dot is not installed");
        Process p = new ProcessBuilder(dot.toString(), "-Tsvg").start();
        CompletableFuture<byte[]> svg = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (OutputStream in = p.getOutputStream()) {
            new DotWriter().write(DevSet.graph(), in);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dot finished");
        String err = new String(errors.get(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        assertTrue(err.isBlank(), "no warning from dot: " + err);
        String out = new String(svg.get(), StandardCharsets.UTF_8);
        assertTrue(out.contains("<svg") && out.contains("Scott Bessent"), "an SVG with the labels");
    }

    @Test
    void everyNodeAndEdgeIsAStatement() throws IOException {
        PropertyGraph g = DevSet.graph();
        List<String> lines = write(g).lines().toList();
        assertTrue(lines.get(0).startsWith("digraph"));
        assertEquals(g.nodes().size(), lines.stream().filter(l -> l.contains("[label=") && l.contains("shape=")).count());
        assertEquals(g.edges().size(), lines.stream().filter(l -> l.contains(" -> ")).count());
    }

    @Test
    void quotesBackslashesAndLineBreaksCannotEndAString() {
        assertEquals("\"say \\\"no\\\" \\\\N a b\"", DotWriter.quote("say \"no\" \\N a\nb"));
    }
}

package org.tradekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.extract.Pipeline;
import org.tradekg.store.ArticleStore;
import picocli.CommandLine;

/** {@code tradekg bench} on the first Reuters articles: every phase and query measured, in one run. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void measuresTheFloorExtractionStorageAndEveryQuery() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new Main(Pipeline::load));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        Path json = dir.resolve("bench.json");
        Path db = dir.resolve("db");
        int exit = cl.execute("bench", "--limit", "40", "--runs", "1", "--threads", "2", "--json", json.toString(),
                "--db", db.toString(), "../shared/corpus/reuters21578");
        assertEquals(0, exit, err.toString());
        String table = out.toString();
        for (String phase : new String[] {"NLP floor", "extract ", "extract+store", "extract+store / NLP floor"}) {
            assertTrue(table.contains(phase), phase + " in\n" + table);
        }
        assertTrue(table.contains("meetings"), "each query is timed:\n" + table);
        assertTrue(table.startsWith("40 articles"), table);
        String figures = Files.readString(json);
        assertTrue(figures.contains("\"ingestOverFloor\""), figures);
        assertTrue(figures.contains("\"name\": \"meetings\""), figures);
        assertTrue(figures.contains("\"heapAfterGcBytes\""), figures);
        try (ArticleStore store = ArticleStore.openExisting(db)) {
            assertEquals(40, store.articleIds().size(), "the dataset is kept with --db");
        }
    }
}

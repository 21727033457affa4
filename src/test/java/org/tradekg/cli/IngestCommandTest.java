package org.tradekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradekg.cli.CliRun.tradekg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.store.ArticleStore;

/**
 * {@code tradekg ingest} on the inputs real corpora hold: empty files, binaries, other encodings,
 * a huge file, broken front matter and SGML, missing and unreadable paths. Each costs one line on
 * stderr; the good articles beside them are stored in a real TDB2 directory.
 */
class IngestCommandTest {

    private static final Path SEED = Path.of("../shared/eval/dev/articles/seed-us-china-talks.txt");
    private static final String SEED_ID = "seed-us-china-talks";
    private static final String REUTERS = """
            <REUTERS TOPICS="YES" NEWID="901">
            <DATE>26-MAR-1987 17:01:24.63</DATE>
            <TEXT><TITLE>JAPAN TO CUT CHIP OUTPUT</TITLE>
            <DATELINE>    TOKYO, March 26 - </DATELINE><BODY>Japan will cut chip output, the Ministry of
            International Trade and Industry said, after U.S. officials threatened tariffs.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            """;

    @TempDir
    Path dir;

    private static List<String> storedIds(Path db) {
        try (ArticleStore store = ArticleStore.openExisting(db)) {
            return store.articleIds().stream().sorted().toList();
        }
    }

    /** Bad files, by name, with what their one line on stderr must say. */
    private Map<String, String> writeBadFiles(Path in) throws IOException {
        Map<String, String> problems = new TreeMap<>();
        Files.writeString(in.resolve("empty.txt"), "");
        problems.put("empty.txt", "empty file");
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        problems.put("binary.txt", "binary file");
        Files.write(in.resolve("latin1.txt"),
                "Caf\u00e9 talks\n\nMinisters met at the Caf\u00e9 de Paris.\n".getBytes(StandardCharsets.ISO_8859_1));
        problems.put("latin1.txt", "not UTF-8 at byte 3");
        Files.writeString(in.resolve("front.txt"), "---\nid: front\ntitle talks\n---\nTitle\n\nBody.\n");
        problems.put("front.txt", "malformed front matter at line 3");
        Files.writeString(in.resolve("date.txt"), "---\nid: date\npublished: 1987-13-45\n---\nTitle\n\nBody.\n");
        problems.put("date.txt", "invalid date '1987-13-45'");
        Files.writeString(in.resolve("broken.sgm"), REUTERS.substring(0, REUTERS.indexOf("</BODY>")));
        problems.put("broken.sgm", "is never closed");
        Files.writeString(in.resolve("notsgml.sgm"), "<html><body>a web page</body></html>\n");
        problems.put("notsgml.sgm", "no <REUTERS> element");
        writeFiftyMegabytesOfText(in.resolve("huge.txt"));
        problems.put("huge.txt", "too large");
        return problems;
    }

    /** 50 MB of real text, lines of news: what a mis-exported archive looks like. */
    private static void writeFiftyMegabytesOfText(Path file) throws IOException {
        byte[] line = "Japan and the United States held talks on semiconductors in Tokyo on Monday, officials said.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[line.length * 1024];
        for (int i = 0; i < 1024; i++) {
            System.arraycopy(line, 0, block, i * line.length, line.length);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L << 20; written += block.length) {
                out.write(block);
            }
        }
    }

    @Test
    void eachBadFileIsOneLineAndTheGoodOnesAreStillIngested() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(SEED, in.resolve("good.txt"));
        Files.writeString(in.resolve("reuters.sgm"), REUTERS);
        Map<String, String> problems = writeBadFiles(in);
        Path missing = dir.resolve("missing.txt");
        Path db = dir.resolve("db");

        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> tradekg("ingest", "--db", db.toString(), in.toString(), missing.toString()));

        assertEquals(2, r.exit(), r.err());
        List<String> lines = new ArrayList<>(r.errLines());
        assertEquals(problems.size() + 1, lines.size(), r.err());
        for (Map.Entry<String, String> p : problems.entrySet()) {
            String file = in.resolve(p.getKey()).toString();
            List<String> about = lines.stream().filter(l -> l.contains(file + ":")).toList();
            assertEquals(1, about.size(), p.getKey() + " in " + r.err());
            assertTrue(about.get(0).startsWith("tradekg: ") && about.get(0).contains(p.getValue()), about.get(0));
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(missing.toString())), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(r.out().startsWith("ingested 2 articles") && r.out().contains(problems.size() + 1 + " failed"),
                "a summary at the end: " + r.out());
        assertEquals(List.of("reuters-901", SEED_ID), storedIds(db));
    }

    @Test
    void latin1IsIngestedWhenDeclared() throws IOException {
        Path file = Files.write(dir.resolve("latin1.txt"),
                "Caf\u00e9 talks\n\nJapanese and U.S. officials met at the Caf\u00e9 de Paris on Monday.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Path db = dir.resolve("db");
        CliRun r = tradekg("ingest", "--db", db.toString(), "--encoding", "ISO-8859-1", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("latin1"), storedIds(db));
        CliRun unknown = tradekg("ingest", "--db", db.toString(), "--encoding", "KLINGON-8", file.toString());
        assertEquals(2, unknown.exit(), "bad usage");
        assertTrue(unknown.errLines().get(0).startsWith("tradekg: ")
                && unknown.errLines().get(0).contains("unknown encoding 'KLINGON-8'"), unknown.err());
        CliRun badDate = tradekg("ingest", "--db", db.toString(), "--published", "1987-13-45", file.toString());
        assertEquals(2, badDate.exit(), "bad usage");
        assertTrue(badDate.errLines().get(0).contains("'1987-13-45' is not a date (YYYY-MM-DD)"), badDate.err());
    }

    @Test
    void smallBatchesStoreTheSameArticles() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(SEED, in.resolve("good.txt"));
        Files.writeString(in.resolve("reuters.sgm"), REUTERS);
        CliRun whole = tradekg("ingest", "--db", dir.resolve("whole").toString(), in.toString());
        CliRun small = tradekg("ingest", "--db", dir.resolve("small").toString(), "--batch-quads", "1",
                in.toString());
        assertEquals(0, small.exit(), small.err());
        assertEquals(whole.out().replaceAll(" in [0-9.]+ s", ""), small.out().replaceAll(" in [0-9.]+ s", ""));
        assertEquals(storedIds(dir.resolve("whole")), storedIds(dir.resolve("small")));

        CliRun none = tradekg("ingest", "--db", dir.resolve("none").toString(), "--batch-quads", "0", in.toString());
        assertEquals(2, none.exit());
        assertEquals(List.of("tradekg: --batch-quads must be 1 or more, not 0"), none.errLines().subList(0, 1));
    }

    @Test
    void nothingIngestableIsExitCodeOne() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Map<String, String> problems = writeBadFiles(in);
        CliRun r = tradekg("ingest", "--db", dir.resolve("db").toString(), in.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(problems.size(), r.errLines().size(), r.err());
        assertTrue(r.out().startsWith("ingested 0 articles"), r.out());
        CliRun nowhere = tradekg("ingest", "--db", dir.resolve("db").toString(), dir.resolve("nowhere").toString());
        assertEquals(1, nowhere.exit(), nowhere.err());
        assertEquals(1, nowhere.errLines().size(), nowhere.err());
    }

    @Test
    void anUnreadableFileIsOneLine() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(SEED, in.resolve("good.txt"));
        Path secret = Files.copy(SEED, in.resolve("secret.txt"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        CliRun r = tradekg("ingest", "--db", dir.resolve("db").toString(), in.toString());
        if (Files.isReadable(secret)) {
            // root (as in CI) reads it whatever its mode: both articles go in, under one id.
            assertEquals(0, r.exit(), r.err());
        } else {
            assertEquals(2, r.exit(), r.err());
            assertEquals(List.of("tradekg: " + secret + ": permission denied"), r.errLines());
        }
        assertEquals(List.of(SEED_ID), storedIds(dir.resolve("db")));
    }

    @Test
    void aRealProcessPrintsOneLinePerBadFileAndNothingElseOnStderr() throws Exception {
        // Loggers of the libraries write to the process's stderr, which the in-process runs do not see.
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(SEED, in.resolve("good.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("date.txt"), "---\nid: date\npublished: 1987-13-45\n---\nTitle\n\nBody.\n");
        Process p = java("ingest", "--db", dir.resolve("db").toString(), in.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ends");
        assertEquals(2, p.exitValue(), err);
        assertEquals(List.of("tradekg: " + in.resolve("date.txt") + ": invalid date '1987-13-45' for published"
                        + " (expected YYYY-MM-DD)", "tradekg: " + in.resolve("empty.txt") + ": empty file"),
                err.lines().toList());
    }

    private static ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    @Test
    void aSecondIngestIntoADatasetInUseIsRefusedWithOneLine() throws Exception {
        Path db = dir.resolve("locked");
        try (ArticleStore store = ArticleStore.open(db)) {
            store.quadCount();
            Process p = java("ingest", "--db", db.toString(), SEED.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the second process ends");
            assertEquals(1, p.exitValue(), err);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("tradekg: " + db + ": dataset is in use by another process (pid "
                    + ProcessHandle.current().pid() + ")"), err);
            assertEquals(List.of(), store.articleIds(), "nothing written by the refused process");
        }
    }
}

package org.tradekg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.TradekgException;

class ArticleReaderTest {

    private static final String ARTICLE = """
            ---
            id: talks-1
            published: 2025-05-12
            ---
            U.S. and China hold trade talks

            GENEVA, May 12 - U.S. and Chinese officials met in Geneva on Monday.
            """;

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(null, StandardCharsets.UTF_8);

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The message of the error reading {@code file}, which must name the file. */
    private String problem(ArticleReader with, Path file) {
        TradekgException e = assertThrows(TradekgException.class, () -> with.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file first: " + e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
        return e.getMessage();
    }

    private String problem(Path file) {
        return problem(reader, file);
    }

    @Test
    void readsFrontMatterHeadlineAndBody() throws IOException {
        Article a = reader.read(write("a.txt", ARTICLE)).get(0);
        assertEquals("talks-1", a.id());
        assertEquals(LocalDate.of(2025, 5, 12), a.published());
        assertEquals("U.S. and China hold trade talks", a.title());
        assertTrue(a.body().strip().startsWith("GENEVA, May 12"), a.body());
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        assertTrue(problem(write("empty.txt", "")).endsWith(": empty file"));
        assertTrue(problem(write("blank.txt", " \n\n\t\n")).endsWith(": no article text"));
        assertTrue(problem(write("front-only.txt", "---\nid: x\n---\n")).endsWith(": no article text"));
    }

    @Test
    void aBinaryFileIsNamedAsBinary() throws IOException {
        assertTrue(problem(write("nul.txt", new byte[] {'G', 'I', 'F', '8', 0, 1, 2})).contains("binary file (NUL byte at 4)"));
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
        }
        assertTrue(problem(write("controls.txt", controls)).contains("binary file"));
    }

    @Test
    void textThatIsNotUtf8IsReportedAtItsByteOffset() throws IOException {
        byte[] latin1 = "Caf\u00e9 talks\n\nMinisters met at the Caf\u00e9 de Paris.\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.txt", latin1);
        String message = problem(file);
        assertEquals(file + ": not UTF-8 at byte 3 (line 1); for Latin-1 text use --encoding ISO-8859-1", message);
        Article decoded = new ArticleReader(null, StandardCharsets.ISO_8859_1).read(file).get(0);
        assertEquals("Caf\u00e9 talks", decoded.title());
        assertTrue(decoded.body().contains("Caf\u00e9 de Paris"), decoded.body());
    }

    @Test
    void theOffsetOfABadByteCountsFromTheStartOfTheFile() throws IOException {
        byte[] bytes = "Title\n\nFine text on line three, then \u00ff.\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u00ff');
        assertTrue(problem(write("late.txt", bytes)).contains("at byte " + at + " (line 3)"));
    }

    @Test
    void utf16IsRecognisedByItsByteOrderMark() throws IOException {
        Path file = write("utf16.txt", ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE));
        assertTrue(problem(file).contains("UTF-16 text (byte-order mark), not UTF-8 (use --encoding UTF-16)"));
        Article a = new ArticleReader(null, Charset.forName("UTF-16")).read(file).get(0);
        assertEquals("talks-1", a.id());
    }

    @Test
    void aFileTooLargeForAnArticleIsRefusedWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            // Sparse: 50 MB that cost no disk. Reading it would find NUL bytes, so the message proves it was not read.
            f.setLength(50L << 20);
        }
        String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problem(huge));
        assertEquals(huge + ": 52428800 bytes is too large (limit 1 MiB for one article; split it into articles)",
                message);
    }

    @Test
    void malformedFrontMatterNamesTheLine() throws IOException {
        Path file = write("front.txt", "---\nid: x\npublished 2025-01-01\n---\nTitle\n\nBody text.\n");
        assertEquals(file + ": malformed front matter at line 3 (expected 'key: value'): published 2025-01-01",
                problem(file));
        assertTrue(problem(write("open.txt", "---\nid: x\n\nBody text without an end to the front matter.\n"))
                .endsWith("front matter opened with '---' is never closed"));
        assertTrue(problem(write("bad-id.txt", "---\nid: ../../etc/passwd\n---\nTitle\n\nBody.\n"))
                .contains("has characters other than"));
    }

    @Test
    void impossibleDatesAreRefusedWithTheKey() throws IOException {
        Path file = write("date.txt", ARTICLE.replace("2025-05-12", "1987-13-45"));
        assertEquals(file + ": invalid date '1987-13-45' for published (expected YYYY-MM-DD)", problem(file));
        assertTrue(problem(write("leap.txt", ARTICLE.replace("2025-05-12", "1987-02-29"))).contains("'1987-02-29'"));
    }

    @Test
    void splitsReutersSgmlIntoArticles() throws IOException {
        Path file = write("r.sgm", sgml(1, "TRADE TALKS", "Japan and the U.S. met.") + sgml(2, "MORE", "Talks go on."));
        List<Article> articles = reader.read(file);
        assertEquals(List.of("reuters-1", "reuters-2"), articles.stream().map(Article::id).toList());
        assertEquals(LocalDate.of(1987, 3, 26), articles.get(0).published());
        assertEquals("WASHINGTON, March 26", articles.get(0).dateline());
        assertEquals("Japan and the U.S. met.", articles.get(0).body());
    }

    @Test
    void malformedSgmlNamesTheLineOfTheBrokenElement() throws IOException {
        String good = sgml(1, "TRADE TALKS", "Japan and the U.S. met.");
        Path truncated = write("truncated.sgm", good + sgml(2, "MORE", "Talks go on.").substring(0, 120));
        assertEquals(truncated + ": <REUTERS> element at line 10 is never closed (truncated or malformed SGML)",
                problem(truncated));
        Path noId = write("noid.sgm", good.replace("NEWID=\"1\"", "OLDID=\"1\""));
        assertEquals(noId + ": <REUTERS> element at line 1 has no NEWID", problem(noId));
        Path openBody = write("body.sgm", good.replace("</BODY>", ""));
        assertEquals(openBody + ": NEWID=1 (line 1): <BODY> is never closed", problem(openBody));
        Path html = write("page.sgm", "<html><body>Not Reuters</body></html>");
        assertTrue(problem(html).endsWith("no <REUTERS> element found (not Reuters-21578 SGML?)"));
    }

    @Test
    void characterReferencesThatNameNoCharacterAreDropped() throws IOException {
        Path file = write("refs.sgm", sgml(7, "T", "Tariffs of 100&#37;&#9999999;&#55296; rise."));
        assertEquals("Tariffs of 100% rise.", reader.read(file).get(0).body());
    }

    @Test
    void aManyTimesOpenedElementIsReadInLinearTime() throws IOException {
        // Thousands of unclosed elements: a backtracking pattern would rescan the file for each one.
        Path file = write("opens.sgm", "<REUTERS NEWID=\"1\">\n".repeat(100_000));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problem(file));
    }

    @Test
    void aMissingPathADirectoryAndAPipeAreNamed() throws Exception {
        assertEquals(dir.resolve("none.txt") + ": no such file", problem(dir.resolve("none.txt")));
        assertEquals(dir + ": is a directory", problem(dir));
        TradekgException e = assertThrows(TradekgException.class, () -> ArticleReader.files(List.of(dir.resolve("gone"))));
        assertTrue(e.getMessage().contains(dir.resolve("gone").toString()), e.getMessage());
        Path fifo = dir.resolve("fifo.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problem(fifo));
        assertTrue(message.contains("not a regular file"), message);
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path file = write("secret.txt", ARTICLE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // root reads whatever the permissions say (as in CI): there is nothing to test then.
        assumeFalse(Files.isReadable(file), "the file stays readable to this user (root)");
        assertEquals(file + ": permission denied", problem(file));
    }

    @Test
    void aBomIsNotPartOfTheText() throws IOException {
        Article a = reader.read(write("bom.txt", "\uFEFF" + ARTICLE)).get(0);
        assertEquals("talks-1", a.id());
        assertNull(a.author());
    }

    private static String sgml(int newId, String title, String body) {
        return "<REUTERS TOPICS=\"YES\" NEWID=\"" + newId + "\">\n"
                + "<DATE>26-MAR-1987 17:01:24.63</DATE>\n"
                + "<TEXT>\n"
                + "<TITLE>" + title + "</TITLE>\n"
                + "<DATELINE>    WASHINGTON, March 26 - </DATELINE>"
                + "<BODY>" + body + "\n Reuter\n&#3;</BODY>\n"
                + "</TEXT>\n"
                + "</REUTERS>\n";
    }
}

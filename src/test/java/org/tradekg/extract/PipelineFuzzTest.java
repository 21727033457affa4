package org.tradekg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.tradekg.TradekgException;
import org.tradekg.article.Article;
import org.tradekg.article.ArticleReader;
import org.tradekg.rdf.GraphBuilder;

/**
 * Dev articles mutated at random (seeded, so every failure can be replayed): truncated, sprinkled
 * with random bytes and unbalanced quotes, given huge lines, stripped of newlines, with repeated
 * front-matter markers. Reading and extraction either give a graph or fail with a
 * {@link TradekgException} whose message says what; nothing else escapes, and no case hangs.
 *
 * <p>Replay or widen a run with {@code -Dtradekg.fuzz.seed=N -Dtradekg.fuzz.cases=M}; a failing
 * input is kept as {@code fuzz-failure-CASE.txt} in {@code target/}.
 */
class PipelineFuzzTest {

    private static final Path DEV = Path.of("../shared/eval/dev/articles");
    private static final long SEED = Long.getLong("tradekg.fuzz.seed", 20251124L);
    private static final int CASES = Integer.getInteger("tradekg.fuzz.cases", 250);
    private static final Duration PER_CASE = Duration.ofSeconds(10);
    private static final String[] QUOTES = {"\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "``", "''"};
    private static final String[] NOISE = {"---\n", "\n---\n", "id: x\n", "said", " said ", "Mr. ", "U.S. ", "(",
            ")", "100 pct ", "%", " on Monday", " next week ", "April 31 ", "1987-13-45", "Reuter", "\t",
            "\u00A0", "\u200B", "\uFEFF", "&#3;", "<BODY>", "\r", "\r\n", "  ", ".", ",", "-", "\u2014"};

    private static Pipeline pipeline;
    private static List<byte[]> articles;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadPipelineAndArticles() throws IOException {
        pipeline = Pipeline.load();
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEV)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readAllBytes(f));
            }
        }
        assertFalse(articles.isEmpty(), "dev articles in " + DEV);
    }

    @Test
    void mutatedArticlesAreExtractedOrRefusedWithAClearMessage() throws IOException {
        Random random = new Random(SEED);
        Extractor extractor = pipeline.newExtractor();
        ArticleReader reader = new ArticleReader(LocalDate.of(2025, 5, 12), StandardCharsets.UTF_8);
        int extracted = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            byte[] original = articles.get(random.nextInt(articles.size()));
            List<String> applied = new ArrayList<>();
            byte[] mutated = original;
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutated = mutate(mutated, random, applied);
            }
            Path file = Files.write(dir.resolve("fuzz-" + n + ".txt"), mutated);
            String what = "case " + n + " (seed " + SEED + ", " + String.join(", ", applied) + ")";
            try {
                Extractor current = extractor;
                boolean ok = assertTimeoutPreemptively(PER_CASE, () -> extractOrRefuse(reader, current, file),
                        () -> what + " did not finish in " + PER_CASE.toSeconds() + " s");
                if (ok) {
                    extracted++;
                } else {
                    refused++;
                }
            } catch (AssertionFailedError | RuntimeException | StackOverflowError e) {
                failures.add(what + " failed; input kept in " + keep(n, mutated) + ": " + e);
                // A case that timed out may still be running in the extractor: go on with a new one.
                extractor = pipeline.newExtractor();
                if (failures.size() >= 5) {
                    break;
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + CASES + " cases failed:\n" + String.join("\n", failures));
        }
        assertTrue(extracted > CASES / 4, "most mutations still leave an article: " + extracted + " extracted, "
                + refused + " refused");
    }

    /** True when the file gave graphs; false when it was refused with a clear message. */
    private static boolean extractOrRefuse(ArticleReader reader, Extractor extractor, Path file) {
        List<Article> read;
        try {
            read = reader.read(file);
        } catch (TradekgException e) {
            assertClear(e, file);
            return false;
        }
        for (Article article : read) {
            try {
                Model graph = GraphBuilder.build(extractor.extract(article));
                assertTrue(graph.size() > 0, "a graph for " + article.id());
            } catch (TradekgException e) {
                assertClear(e, file);
                return false;
            }
        }
        return true;
    }

    private static void assertClear(TradekgException e, Path file) {
        String message = e.getMessage();
        assertTrue(message != null && !message.isBlank() && message.lines().count() == 1,
                "a one-line message: " + message);
        assertTrue(message.contains(file.getFileName().toString()), "names the file: " + message);
    }

    private static byte[] mutate(byte[] in, Random random, List<String> applied) {
        int kind = random.nextInt(9);
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
        switch (kind) {
            case 0 -> {
                applied.add("truncated at " + at);
                out.write(in, 0, at);
            }
            case 1 -> {
                int count = 1 + random.nextInt(20);
                applied.add(count + " random bytes");
                byte[] copy = in.clone();
                for (int i = 0; i < count && copy.length > 0; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                out.writeBytes(copy);
            }
            case 2 -> {
                int count = 1 + random.nextInt(15);
                applied.add(count + " unbalanced quotes");
                String text = new String(in, StandardCharsets.UTF_8);
                StringBuilder sb = new StringBuilder(text);
                for (int i = 0; i < count; i++) {
                    sb.insert(random.nextInt(sb.length() + 1), QUOTES[random.nextInt(QUOTES.length)]);
                }
                out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                // One line of up to 16 KB (200 times a news line): a sentence repeated, or one endless "word".
                boolean word = random.nextBoolean();
                int length = 1_000 + random.nextInt(15_000);
                String unit = word ? "x" : " The U.S. said Japan would impose 100 pct tariffs, \"officials said\".";
                applied.add("huge line of " + length + (word ? " letters" : " chars of sentences"));
                out.write(in, 0, at);
                out.writeBytes(unit.repeat(length / unit.length() + 1).getBytes(StandardCharsets.UTF_8));
                out.write(in, at, in.length - at);
            }
            case 4 -> {
                applied.add("newlines deleted");
                for (byte b : in) {
                    if (b != '\n') {
                        out.write(b);
                    }
                }
            }
            case 5 -> {
                int count = 1 + random.nextInt(4);
                applied.add(count + " front-matter markers");
                String text = new String(in, StandardCharsets.UTF_8);
                for (int i = 0; i < count; i++) {
                    text = random.nextBoolean() ? "---\n" + text : text.replaceFirst("\n", "\n---\n");
                }
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> {
                int count = 1 + random.nextInt(30);
                applied.add(count + " noise tokens");
                String text = new String(in, StandardCharsets.UTF_8);
                StringBuilder sb = new StringBuilder(text);
                for (int i = 0; i < count; i++) {
                    sb.insert(random.nextInt(sb.length() + 1), NOISE[random.nextInt(NOISE.length)]);
                }
                out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            case 7 -> {
                int from = random.nextInt(Math.max(1, in.length));
                int length = Math.min(in.length - from, random.nextInt(400));
                int times = 1 + random.nextInt(20);
                applied.add("slice of " + length + " repeated " + times + " times");
                out.write(in, 0, at);
                for (int i = 0; i < times; i++) {
                    out.write(in, from, length);
                }
                out.write(in, at, in.length - at);
            }
            default -> {
                int length = random.nextInt(Math.max(1, in.length - at));
                applied.add("deleted " + length + " bytes at " + at);
                out.write(in, 0, at);
                out.write(in, at + length, in.length - at - length);
            }
        }
        return out.toByteArray();
    }

    private static Path keep(int n, byte[] input) {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.write(target.resolve("fuzz-failure-" + n + ".txt"), input);
        } catch (IOException e) {
            return Path.of("(not kept: " + e.getMessage() + ")");
        }
    }
}

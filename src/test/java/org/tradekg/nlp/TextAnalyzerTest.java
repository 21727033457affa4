package org.tradekg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradekg.article.Article;
import org.tradekg.article.ArticleReader;

/**
 * The analyzer's shortcuts change nothing: remembered word splits give the tokenizer model's
 * tokens, and a sentence tagged late gets the tagger's tags.
 */
class TextAnalyzerTest {

    private static final Path REUTERS = Path.of("../shared/corpus/reuters21578/reut2-000.sgm");

    private static NlpModels models;
    private static List<Article> articles;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
        articles = new ArticleReader(null, StandardCharsets.UTF_8).read(REUTERS).subList(0, 300);
    }

    private static List<String> tokens(List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                out.add(t.text() + "@" + t.start() + "-" + t.end());
            }
            out.add("|");
        }
        return out;
    }

    @Test
    void rememberedSplitsGiveTheTokenizersTokens() {
        TextAnalyzer remembering = models.newAnalyzer();
        TextAnalyzer plain = models.newPlainAnalyzer();
        long tokens = 0;
        for (Article a : articles) {
            List<String> expected = tokens(plain.analyze(a.body()));
            assertEquals(expected, tokens(remembering.analyze(a.body())), a.id());
            tokens += expected.size();
        }
        assertTrue(tokens > 30_000, "a real sample: " + tokens + " tokens");
    }

    @Test
    void aSentenceTaggedLateHasTheTaggersTags() {
        POSTaggerME tagger = new POSTaggerME(models.pos);
        TextAnalyzer analyzer = models.newAnalyzer();
        for (Article a : articles.subList(0, 50)) {
            List<Sentence> sentences = analyzer.analyze(a.body());
            // asked in reverse order, after the whole body was analysed
            for (int i = sentences.size() - 1; i >= 0; i--) {
                Sentence s = sentences.get(i);
                String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                assertEquals(List.of(tagger.tag(words)), s.tags(), a.id() + ": " + s.text());
                assertEquals(s.tags().get(0), s.pos(0));
            }
        }
    }

    @Test
    void thePluralPossessiveApostropheIsATokenOfItsOwn() {
        Sentence s = models.newAnalyzer().analyze(
                "Lawton Chiles' office said the Organization of Petroleum Exporting Countries' output fell"
                        + " and the workers' union agreed.").get(0);
        List<String> words = s.tokens().stream().map(Token::text).toList();
        assertEquals(List.of("Lawton", "Chiles", "'", "office"), words.subList(0, 4));
        assertTrue(words.contains("Countries") && !words.contains("Countries'"), words.toString());
        // a common noun keeps what the tokenizer gave it
        Span[] workers = {new Span(0, 8)};
        assertEquals(List.of(workers), List.of(TextAnalyzer.splitPluralPossessives("workers'", workers)));
        assertEquals(List.of(new Span(0, 6), new Span(6, 7)),
                List.of(TextAnalyzer.splitPluralPossessives("Chiles' ", new Span[] {new Span(0, 7)})));
    }
}

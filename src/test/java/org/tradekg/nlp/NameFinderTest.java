package org.tradekg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped name model on sentences written for these tests, with names no gazetteer has. */
class NameFinderTest {

    private static NlpModels models;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
    }

    private static List<String> found(String text) {
        TextAnalyzer analyzer = models.newAnalyzer();
        NameFinder finder = models.names().newFinder();
        Sentence s = analyzer.analyze(text).get(0);
        List<String> out = finder.names(s).stream()
                .map(n -> n.type() + ":" + join(s, n))
                .toList();
        finder.endDocument();
        return out;
    }

    private static String join(Sentence s, NameSpan n) {
        return String.join(" ", s.tokens().subList(n.start(), n.end()).stream().map(Token::text).toList());
    }

    @Test
    void findsUnseenPersonAfterTitle() {
        assertTrue(found("Agriculture Minister Tomasz Wrelinski said the quota would stay.").contains(
                "PERSON:Tomasz Wrelinski"));
    }

    @Test
    void findsUnseenCompanyByItsSuffix() {
        assertTrue(found("Shares of Dalmoor Textile Corp fell after the new duties were announced.").contains(
                "ORGANIZATION:Dalmoor Textile Corp"));
    }

    @Test
    void findsNothingInASentenceWithoutNames() {
        assertEquals(List.of(), found("the new duties on steel will take effect next month, officials said."));
    }

    @Test
    void spansAreTokenRangesWithProbabilities() {
        TextAnalyzer analyzer = models.newAnalyzer();
        NameFinder finder = models.names().newFinder();
        Sentence s = analyzer.analyze("Deputy Trade Representative Marion Keltner met the delegation.").get(0);
        for (NameSpan n : finder.names(s)) {
            assertTrue(n.start() >= 0 && n.end() <= s.tokens().size(), n.toString());
            assertTrue(n.probability() > 0 && n.probability() <= 1, n.toString());
        }
        finder.endDocument();
    }

    @Test
    void sharesOneModelAcrossCalls() {
        assertTrue(models.names() == models.names());
    }

    @Test
    void emptySentenceHasNoNames() {
        assertEquals(List.of(), models.names().newFinder().names(List.of()));
    }

    @Test
    void rejectsBadSpans() {
        assertThrows(IllegalArgumentException.class, () -> new NameSpan("PERSON", 3, 3, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new NameSpan("PERSON", 0, 2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new NameSpan(" ", 0, 2, 0.5));
    }
}

package org.tradekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradekg.article.Article;
import org.tradekg.article.Source;

/** Automatic name labels on sentences written for these tests. */
class LabelerTest {

    private static Labeler labeler;

    @BeforeAll
    static void load() {
        labeler = Pipeline.load().newLabeler();
    }

    private static List<Labeler.LabeledSentence> label(String body) {
        Article a = new Article("test", "Test", LocalDate.of(2024, 6, 12), null, null, null, body,
                new Source("test.txt", "0", 0));
        return labeler.label(a);
    }

    private static String named(Labeler.LabeledSentence s, Labeler.Label l) {
        return String.join(" ", s.tokens().subList(l.start(), l.end()));
    }

    @Test
    void labelsRuleFoundPersonAfterTitleAsUnknownPerson() {
        Labeler.LabeledSentence s = label("The talks were led by Trade Minister Hiroshi Tanakawa on Monday.\n").get(0);
        assertTrue(s.clean(), s.toString());
        assertEquals(1, s.labels().size(), s.toString());
        Labeler.Label l = s.labels().get(0);
        assertEquals(EntityType.PERSON, l.type());
        assertEquals("Hiroshi Tanakawa", named(s, l));
        assertFalse(l.known());
    }

    @Test
    void labelsGazetteerOrganisationAsKnownAndLeavesCountriesUnlabelled() {
        Labeler.LabeledSentence s = label("Japan and Canada will raise the matter at the World Trade Organization "
                + "next month.\n").get(0);
        assertTrue(s.clean(), s.toString());
        assertEquals(1, s.labels().size(), s.toString());
        assertEquals("World Trade Organization", named(s, s.labels().get(0)));
        assertEquals(EntityType.ORGANIZATION, s.labels().get(0).type());
        assertTrue(s.labels().get(0).known());
        assertTrue(s.mentioned().get(0), "Japan is a mention, though not a label");
    }

    @Test
    void dropsSentenceWithUnlabelledCapitalisedWords() {
        Labeler.LabeledSentence s = label("Shares of Grelvon Dynamics rose sharply in early trading.\n").get(0);
        assertFalse(s.clean(), "Grelvon Dynamics may be a name nobody labelled: " + s);
    }

    @Test
    void keepsSentenceWhoseCapitalisedWordsAreExplained() {
        Labeler.LabeledSentence s = label("In March the minister said exports would fall.\n").get(0);
        assertTrue(s.clean(), s.toString());
        assertTrue(s.labels().isEmpty());
    }

    @Test
    void dropsSentenceWhenAWordNextToALabelMayBelongToIt() {
        Labeler.LabeledSentence s = label("Officials said Northern World Trade Organization staff would help.\n")
                .get(0);
        assertFalse(s.clean(), s.toString());
    }

    @Test
    void aClosingQuoteDoesNotExcuseTheNameAfterIt() {
        Labeler.LabeledSentence s = label("\"We will not move,\" Velkaro told reporters.\n").get(0);
        assertFalse(s.clean(), s.toString());
    }
}

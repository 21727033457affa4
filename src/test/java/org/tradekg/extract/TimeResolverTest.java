package org.tradekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeResolverTest {

    /** A Sunday. */
    private final TimeResolver sunday = new TimeResolver(LocalDate.of(1987, 4, 5));
    /** A Saturday. */
    private final TimeResolver saturday = new TimeResolver(LocalDate.of(2025, 10, 18));

    private String first(TimeResolver t, String sentence) {
        List<TimeMention> found = t.find(sentence, 0);
        assertTrue(!found.isEmpty(), "no time expression in: " + sentence);
        return found.get(0).date().iso();
    }

    @Test
    void resolvesTodayTomorrowAndYesterday() {
        assertEquals("1987-04-05", first(sunday, "Officials meet today."));
        assertEquals("1987-04-06", first(sunday, "Officials meet tomorrow."));
        assertEquals("1987-04-04", first(sunday, "The minister spoke yesterday."));
        assertEquals("1987-04-06", first(sunday, "Tomorrow's topics include savings."));
    }

    @Test
    void anExpiryLooksAheadEvenInAPastSentenceAndAnExpiredOneBack() {
        TimeResolver may = new TimeResolver(LocalDate.of(2025, 5, 20));
        assertEquals("2025-08-12", may.find("They agreed to a 90-day truce, which expires on August 12.", 0).get(0)
                .date().iso());
        assertEquals("2025-08-12", first(may, "The deal, signed in Geneva, runs through August 12."));
        assertEquals("2024-07-31", first(may, "The pact they had signed expired on July 31."));
        TimeResolver september = new TimeResolver(LocalDate.of(2025, 9, 10));
        assertEquals("2025-11-10", september.find("The truce, agreed in Geneva in May, was extended by 90 days to"
                + " November 10.", 0).get(1).date().iso());
    }

    @Test
    void resolvesWeekdayRangeForward() {
        TimeMention m = sunday.find("Senior talks are scheduled for Thursday and Friday.", 0).get(0);
        assertEquals("1987-04-09", m.date().iso());
        assertEquals("1987-04-10", m.endDate().iso());
    }

    @Test
    void resolvesBareWeekdayByTense() {
        assertEquals("2025-10-17", first(saturday, "On Friday, however, he described the return of tariffs."));
        assertEquals("2025-10-24", first(saturday, "The delegation will meet on Friday."));
        assertEquals("2025-10-13", first(saturday, "Talks opened last Monday."));
        assertEquals("1987-04-08", first(sunday, "The minister sets out Wednesday on a mission to Ottawa."));
    }

    @Test
    void keepsMonthPrecisionForWeeksAndMonths() {
        assertEquals("2025-10", first(saturday, "Talks are set for next week."));
        assertEquals("2025-10", first(saturday, "The summit later this month would proceed."));
        assertEquals("2025", first(saturday, "Earlier this year the sides agreed."));
        assertEquals("2025-11", first(saturday, "That agreement is due to expire in November."));
        assertEquals("2025-11", first(saturday, "Talks are planned for next month."));
        assertEquals("2024", first(saturday, "The pact was reached late last year."));
    }

    @Test
    void resolvesMonthAndDayToTheNearestYear() {
        assertEquals("1987-04-17", first(sunday, "Tariffs take effect on April 17."));
        assertEquals("1987-03-31", first(sunday, "The penalties would be retroactive to March 31."));
        assertEquals("2025-10-17", first(saturday, "He spoke on the evening of October 17."));
        assertEquals("2026-01-05", first(new TimeResolver(LocalDate.of(2025, 12, 20)), "Duties start on January 5."));
        assertEquals("1988-04", first(sunday, "Japan should end the quota by April 1988."));
        assertEquals("1987-08-01", first(sunday, "The duties apply from Aug 1."));
        assertEquals("1986-06", first(new TimeResolver(LocalDate.of(1987, 3, 1)), "Sanctions were lifted last June."));
    }

    @Test
    void tenseDecidesTheYearOfADayFarFromTheReference() {
        TimeResolver december = new TimeResolver(LocalDate.of(2024, 12, 3));
        assertEquals("2024-05-06", first(december, "Xi met Macron in Paris on May 6."));
        TimeMention g7 = december.find("Leaders will meet in Apulia on June 13-15.", 0).get(0);
        assertEquals("2025-06-13", g7.date().iso());
        assertEquals("2025-06-15", g7.endDate().iso());
        assertEquals("1987-03-31", first(sunday, "The penalties would be retroactive to March 31."));
    }

    @Test
    void resolvesWeekPhrases() {
        assertEquals("2025-10-26", first(saturday, "They will meet probably a week from tomorrow."));
        assertEquals("1987-04-10", first(sunday, "Shultz stops here at end-week."));
        assertEquals("1987-04", first(sunday, "The sides would probably meet the week after."));
    }

    @Test
    void ignoresModalMayAndImpossibleDates() {
        assertTrue(sunday.find("The United States may lift its decision.", 0).isEmpty());
        assertTrue(sunday.find("Talks on February 30 were reported.", 0).isEmpty());
    }

    @Test
    void reportsOffsetsIntoTheBody() {
        TimeMention m = sunday.find("Meet tomorrow.", 100).get(0);
        assertEquals(105, m.start());
        assertEquals(113, m.end());
        assertNull(m.endDate());
    }
}

package org.tradekg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence and resolves them against a reference date (the
 * dateline's date, else the publication date), keeping the precision the text supports:
 * "tomorrow" is a day, "later this month" a month, "earlier this year" a year. A week is
 * reported as the month it falls in, since XML Schema has no week type.
 *
 * <pre>{@code
 * TimeResolver t = new TimeResolver(LocalDate.of(1987, 4, 5));
 * t.find("Talks are set for Thursday and Friday.", 0); // 1987-04-09, ending 1987-04-10
 * }</pre>
 */
public final class TimeResolver {

    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|'ll|shall|to be|scheduled|set for|set to|plans?|planned|planning|expected|expects|due"
                    + "|upcoming|next|tomorrow|later|prepare|coming|would)\\b"
                    // the newswire present of a plan: "sets out Wednesday", "opens talks Monday"
                    + "|\\b(sets out|sets off|opens|begins|starts|leaves|arrives|meets|visits|heads|travels|flies|kicks off)\\b");

    private static final List<Rule> RULES = List.of(
            rule("(?i)\\ba week from tomorrow\\b", (r, m, f) -> day(r.plusDays(8))),
            rule("(?i)\\b(the )?day after tomorrow\\b", (r, m, f) -> day(r.plusDays(2))),
            rule("\\b(?:(?i:on|last|next|this|coming) )?" + WEEKDAY + "(?:\\s+and\\s+|\\s*(?:-|to|through)\\s*)"
                    + WEEKDAY + "\\b", TimeResolver::weekdayRange),
            rule("\\b((?i:last|next|this|coming|on|by|until|since))?\\s*" + WEEKDAY + "('s)?\\b", TimeResolver::weekday),
            rule("(?i)\\b(today|tonight|this (morning|afternoon|evening))\\b", (r, m, f) -> day(r)),
            rule("(?i)\\b(yesterday|last night)\\b", (r, m, f) -> day(r.minusDays(1))),
            rule("(?i)\\btomorrow('s)?\\b", (r, m, f) -> day(r.plusDays(1))),
            rule("(?i)\\b(?:earlier|later) (?:this|in the) (week|month|year)\\b", (r, m, f) -> current(r, m.group(1))),
            rule("(?i)\\b(?:early|late|end of|end-)?\\s*(this|next|last|the coming|the past) (week|month|year)\\b",
                    TimeResolver::relativeUnit),
            rule("(?i)\\b(?:by |at |before |until )?the end of the (week|month|year)\\b", (r, m, f) -> current(r, m.group(1))),
            rule("(?i)\\bthe week after( next)?\\b", (r, m, f) -> month(YearMonth.from(r.plusDays(m.group(1) != null ? 21 : 14)))),
            rule("(?i)\\b(end-week|end of (the|this) week|this weekend|at the weekend)\\b",
                    (r, m, f) -> day(r.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)))),
            rule("\\b" + MONTH + "\\s+(\\d{1,2})\\s*(?:-|–|to|and)\\s*(\\d{1,2})\\b", TimeResolver::monthDayRange),
            rule("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b", TimeResolver::monthDay),
            rule("\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b",
                    TimeResolver::monthDay),
            rule("\\b(\\d{1,2})\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b", TimeResolver::dayMonth),
            rule("\\b((?i:last|next|this|early|late|mid|mid-|end of|end-|in|by|until|since|from|of|before|after|during|through))\\s*"
                    + MONTH + "(?:,?\\s+(\\d{4}))?\\b", TimeResolver::monthOnly),
            rule("\\b" + MONTH + ",?\\s+(\\d{4})\\b", (r, m, f) -> month(YearMonth.of(year(m.group(2)), month(m.group(1))))),
            rule("(?i)\\b(late|early|mid-|mid|end of|end-)?\\s*(last|next|this) year\\b", TimeResolver::relativeYear),
            rule("\\b(?:in|since|until|by|from|during|of|late|early|mid-|end of) ((?:19|20)\\d{2})\\b",
                    (r, m, f) -> year(Year.of(Integer.parseInt(m.group(1))))));

    private static final Pattern EXPIRES = Pattern.compile(
            "(?i)\\b(expires|expiring|lapses|runs out|runs through|runs until|is due to (expire|end|run out)|"
                    + "will (expire|end|lapse|run out|run through|last until))\\s*(on|in|at|by|until)?\\s*$");
    private static final Pattern EXPIRED = Pattern.compile(
            "(?i)\\b(expired|lapsed|ran out|ran through|ran until)\\s*(on|in|at|by|until)?\\s*$");
    /** "extended by 90 days to", "prolonged until": a new end follows (RuleExtractor's expiry uses it too). */
    static final String EXTENSION = "(extended|extends|extend|extending|prolonged)(\\s+[\\w-]+){0,4}\\s+(to|until|through)";
    private static final Pattern EXTENDED = Pattern.compile("(?i)\\b" + EXTENSION + "\\s*$");
    private static final Pattern PAST = Pattern.compile(
            "(?i)\\b(last|ago|earlier|previously|had|was|were|did|met|agreed|signed|announced|imposed|held|reached)\\b");

    private final LocalDate reference;

    /** @param reference the date "today" refers to */
    public TimeResolver(LocalDate reference) {
        this.reference = reference;
    }

    public LocalDate reference() {
        return reference;
    }

    /**
     * The time expressions of one sentence, left to right, not overlapping.
     *
     * @param sentence the sentence text
     * @param offset   offset of the sentence in the body, added to the spans
     */
    public List<TimeMention> find(String sentence, int offset) {
        Tense tense = FUTURE.matcher(sentence).find() ? Tense.FUTURE
                : PAST.matcher(sentence).find() ? Tense.PAST : Tense.PRESENT;
        List<TimeMention> out = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(sentence);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                while (s < e && Character.isWhitespace(sentence.charAt(s))) {
                    s++;
                }
                if (overlaps(taken, s, e)) {
                    continue;
                }
                DateValue[] d;
                try {
                    d = rule.resolver.resolve(reference, m, ownTense(sentence, s, tense));
                } catch (java.time.DateTimeException | IllegalArgumentException ex) {
                    // "February 30" and the like: not a date
                    continue;
                }
                if (d == null) {
                    continue;
                }
                for (int i = s; i < e; i++) {
                    taken[i] = true;
                }
                out.add(new TimeMention(offset + s, offset + e, d[0], d.length > 1 ? d[1] : null));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The tense that governs a time expression: the sentence's, unless a verb of expiry right
     * before it says otherwise: "agreed to a truce, which expires on August 12" looks ahead even
     * though the sentence tells of the past; "the pact expired on July 31" looks back; "was
     * extended to November 10" takes the nearest.
     */
    private static Tense ownTense(String sentence, int at, Tense sentenceTense) {
        String before = sentence.substring(Math.max(0, at - 30), at);
        if (EXPIRES.matcher(before).find()) {
            return Tense.FUTURE;
        }
        if (EXPIRED.matcher(before).find()) {
            return Tense.PAST;
        }
        if (EXTENDED.matcher(before).find()) {
            // "was extended by 90 days to November 10": a new end, looking neither way; the nearest
            return Tense.PRESENT;
        }
        return sentenceTense;
    }

    private static boolean overlaps(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static DateValue[] weekdayRange(LocalDate r, Matcher m, Tense tense) {
        LocalDate first = weekdayDate(r, DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), null, tense == Tense.FUTURE);
        LocalDate last = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT))));
        return new DateValue[] {DateValue.of(first), DateValue.of(last)};
    }

    private static DateValue[] weekday(LocalDate r, Matcher m, Tense tense) {
        String mod = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        return day(weekdayDate(r, DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)), mod, tense == Tense.FUTURE));
    }

    /**
     * A bare weekday is the coming one in a sentence about the future, else the last one;
     * "next Wednesday" said on a Monday is the coming Wednesday, as newswire uses it.
     */
    static LocalDate weekdayDate(LocalDate r, DayOfWeek d, String modifier, boolean future) {
        if ("last".equals(modifier) || "since".equals(modifier)) {
            return r.with(TemporalAdjusters.previous(d));
        }
        if ("next".equals(modifier) || "coming".equals(modifier) || "until".equals(modifier)
                || "by".equals(modifier) || future) {
            return r.with(TemporalAdjusters.next(d));
        }
        if ("this".equals(modifier)) {
            return r.with(TemporalAdjusters.nextOrSame(d));
        }
        return r.getDayOfWeek() == d ? r : r.with(TemporalAdjusters.previous(d));
    }

    private static DateValue[] current(LocalDate r, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week", "month" -> month(YearMonth.from(r));
            default -> year(Year.from(r));
        };
    }

    private static DateValue[] relativeUnit(LocalDate r, Matcher m, Tense tense) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int step = switch (which) {
            case "next", "the coming" -> 1;
            case "last", "the past" -> -1;
            default -> 0;
        };
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "week" -> month(YearMonth.from(r.plusWeeks(step)));
            case "month" -> month(YearMonth.from(r).plusMonths(step));
            default -> year(Year.from(r).plusYears(step));
        };
    }

    private static DateValue[] relativeYear(LocalDate r, Matcher m, Tense tense) {
        int step = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "next" -> 1;
            case "last" -> -1;
            default -> 0;
        };
        return year(Year.from(r).plusYears(step));
    }

    private static DateValue[] monthDay(LocalDate r, Matcher m, Tense tense) {
        Month month = month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            return day(LocalDate.of(year(m.group(3)), month, day));
        }
        return day(nearest(r, LocalDate.of(r.getYear(), month, day), tense));
    }

    /** "June 13-15": the first day, ending on the last. */
    private static DateValue[] monthDayRange(LocalDate r, Matcher m, Tense tense) {
        Month month = month(m.group(1));
        LocalDate first = nearest(r, LocalDate.of(r.getYear(), month, Integer.parseInt(m.group(2))), tense);
        LocalDate last = first.withDayOfMonth(Integer.parseInt(m.group(3)));
        return last.isAfter(first) ? new DateValue[] {DateValue.of(first), DateValue.of(last)} : day(first);
    }

    private static DateValue[] dayMonth(LocalDate r, Matcher m, Tense tense) {
        Month month = month(m.group(2));
        int day = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            return day(LocalDate.of(year(m.group(3)), month, day));
        }
        return day(nearest(r, LocalDate.of(r.getYear(), month, day), tense));
    }

    private static DateValue[] monthOnly(LocalDate r, Matcher m, Tense tense) {
        String mod = m.group(1).toLowerCase(Locale.ROOT);
        Month month = month(m.group(2));
        if (m.group(2).equals("May") && (mod.equals("in") || mod.equals("of") || mod.equals("from")) && m.group(3) == null) {
            // "in May" is a month, but "of May" and "from May" rarely are without a year
            if (!mod.equals("in")) {
                return null;
            }
        }
        if (m.group(3) != null) {
            return month(YearMonth.of(year(m.group(3)), month));
        }
        YearMonth here = YearMonth.of(r.getYear(), month);
        YearMonth now = YearMonth.from(r);
        if (mod.equals("last") || mod.equals("since")) {
            return month(here.isBefore(now) ? here : here.minusYears(1));
        }
        if (mod.equals("next")) {
            return month(here.isAfter(now) ? here : here.plusYears(1));
        }
        if (tense == Tense.PAST && here.isAfter(now)) {
            // "the two sides last met in June", said in March: last year's June
            return month(here.minusYears(1));
        }
        if (tense == Tense.FUTURE && here.isBefore(now)) {
            return month(here.plusYears(1));
        }
        long diff = ChronoUnit.MONTHS.between(now, here);
        if (diff > 6) {
            here = here.minusYears(1);
        } else if (diff < -6) {
            here = here.plusYears(1);
        }
        return month(here);
    }

    /**
     * The date of that day and month in the year the sentence's tense implies: a past event
     * more than a month ahead was last year's ("met on May 6", said in December), a planned one
     * more than a month back is next year's; otherwise the year that puts it nearest.
     */
    private static LocalDate nearest(LocalDate r, LocalDate sameYear, Tense tense) {
        long diff = ChronoUnit.DAYS.between(r, sameYear);
        if (tense == Tense.PAST) {
            return diff > 30 ? sameYear.minusYears(1) : sameYear;
        }
        if (tense == Tense.FUTURE) {
            return diff < -30 ? sameYear.plusYears(1) : sameYear;
        }
        if (diff > 183) {
            return sameYear.minusYears(1);
        }
        if (diff < -183) {
            return sameYear.plusYears(1);
        }
        return sameYear;
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private static Month month(String name) {
        String key = name.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static DateValue[] day(LocalDate d) {
        return new DateValue[] {DateValue.of(d)};
    }

    private static DateValue[] month(YearMonth m) {
        return new DateValue[] {DateValue.of(m)};
    }

    private static DateValue[] year(Year y) {
        return new DateValue[] {DateValue.of(y)};
    }

    private static Rule rule(String regex, Resolver resolver) {
        return new Rule(Pattern.compile(regex), resolver);
    }

    /** The tense of a sentence, which decides whether "Friday" or "June" is behind or ahead. */
    enum Tense { PAST, PRESENT, FUTURE }

    private record Rule(Pattern pattern, Resolver resolver) {
    }

    @FunctionalInterface
    private interface Resolver {
        DateValue[] resolve(LocalDate reference, Matcher m, Tense tense);
    }
}

package org.tradekg.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline such as {@code "WASHINGTON, April 5"}: the place the story was filed from and
 * the day, whose year comes from the publication date.
 */
record Dateline(String place, LocalDate date) {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(.*?)\\s*,\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** Parses a dateline; its date is null when it has none or no year can be had. */
    static Dateline parse(String dateline, LocalDate published) {
        if (dateline == null || dateline.isBlank()) {
            return new Dateline(null, null);
        }
        Matcher m = DATELINE.matcher(dateline);
        if (!m.matches()) {
            return new Dateline(titleCase(dateline.replaceAll(",.*", "").strip()), null);
        }
        // "TURNBERRY, Scotland, July 27": the city is the first part
        String place = titleCase(m.group(1).replaceAll(",.*", "").strip());
        if (published == null) {
            return new Dateline(place, null);
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        try {
            LocalDate d = LocalDate.of(published.getYear(), month, Integer.parseInt(m.group(3)));
            long diff = ChronoUnit.DAYS.between(published, d);
            if (diff > 183) {
                d = d.minusYears(1);
            } else if (diff < -183) {
                d = d.plusYears(1);
            }
            return new Dateline(place, d);
        } catch (java.time.DateTimeException e) {
            return new Dateline(place, null);
        }
    }

    /**
     * A dateline opening the body, as wire copy writes it: {@code "BEIJING, Oct 18 (Reuters) - "}
     * or {@code "WASHINGTON (AP) — "}; null when the body does not open with one.
     */
    static String fromBody(String body) {
        Matcher m = BODY_DATELINE.matcher(body);
        return m.find() ? m.group(1).strip() : null;
    }

    /** Where the text proper starts after a dateline opening the body; 0 without one. */
    static int bodyStart(String body) {
        Matcher m = BODY_DATELINE.matcher(body);
        return m.find() ? m.end() : 0;
    }

    private static final Pattern BODY_DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,30}?)?(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?)"
                    + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]{1,2}\\s");

    /** "NEW YORK" → "New York"; mixed-case names are kept. */
    static String titleCase(String s) {
        if (s == null || s.isBlank() || !s.equals(s.toUpperCase(Locale.ROOT))) {
            return s == null || s.isBlank() ? null : s;
        }
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '.';
        }
        return sb.toString();
    }
}

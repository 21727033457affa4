package org.tradekg.extract;

import java.util.Objects;

/**
 * A time expression found in text, resolved to an absolute date.
 *
 * @param start   offset of its first character in the body
 * @param end     offset after its last character
 * @param date    the date it denotes (or its first day, for "Thursday and Friday")
 * @param endDate its last day for a range, or null
 */
public record TimeMention(int start, int end, DateValue date, DateValue endDate) {

    public TimeMention {
        Objects.requireNonNull(date, "date");
        if (end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}

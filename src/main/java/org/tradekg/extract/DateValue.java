package org.tradekg.extract;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Objects;

/**
 * An absolute date at the precision the text supports: a day ({@code xsd:date}), a month
 * ({@code xsd:gYearMonth}) or a year ({@code xsd:gYear}).
 */
public record DateValue(Temporal value) implements Comparable<DateValue> {

    public DateValue {
        Objects.requireNonNull(value, "value");
        if (!(value instanceof LocalDate || value instanceof YearMonth || value instanceof Year)) {
            throw new IllegalArgumentException("not a date, month or year: " + value);
        }
    }

    public static DateValue of(LocalDate d) {
        return new DateValue(d);
    }

    public static DateValue of(YearMonth m) {
        return new DateValue(m);
    }

    public static DateValue of(Year y) {
        return new DateValue(y);
    }

    public Precision precision() {
        if (value instanceof LocalDate) {
            return Precision.DAY;
        }
        return value instanceof YearMonth ? Precision.MONTH : Precision.YEAR;
    }

    /** ISO form: {@code 2025-10-17}, {@code 2025-10} or {@code 2025}. */
    public String iso() {
        return value.toString();
    }

    private LocalDate start() {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof YearMonth m ? m.atDay(1) : ((Year) value).atDay(1);
    }

    @Override
    public int compareTo(DateValue o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : precision().compareTo(o.precision());
    }

    @Override
    public String toString() {
        return iso();
    }

    /** How finely a date is known. */
    public enum Precision { DAY, MONTH, YEAR }
}

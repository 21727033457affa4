package org.tradekg.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tariff, export control or sanction one actor imposes, threatens, suspends or lifts on another.
 *
 * @param imposedBy     who imposes it, or null
 * @param target        on whom, or null
 * @param rate          tariff rate in percent, or null
 * @param goods         what it covers, or null
 * @param effectiveDate when it takes effect, or null
 * @param expiryDate    when it lapses, or null
 * @param date          when it was announced or ordered, or null
 */
public record TradeMeasure(MeasureKind kind, String label, String evidence, Entity imposedBy, Entity target,
                           BigDecimal rate, String goods, DateValue effectiveDate, DateValue expiryDate,
                           DateValue date, Status status) implements Event {

    public TradeMeasure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        if (rate != null && rate.signum() < 0) {
            throw new IllegalArgumentException("negative rate " + rate);
        }
    }
}

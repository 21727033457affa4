package org.tradekg.extract;

import java.util.List;
import java.util.Objects;

/**
 * A deal, pact, truce or accord.
 *
 * @param parties    its sides
 * @param date       when it was reached or begins, or null
 * @param expiryDate when it lapses, or null
 */
public record Agreement(String label, String evidence, List<Entity> parties, DateValue date,
                        DateValue expiryDate, Status status) implements Event {

    public Agreement {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        parties = List.copyOf(parties);
    }
}

package org.tradekg.extract;

import java.util.List;
import java.util.Objects;

/**
 * Talks, a negotiation round, a call, a visit or a summit.
 *
 * @param participants persons taking part
 * @param parties      countries or organisations that are sides
 * @param location     where, or null
 * @param date         when it happens or begins, or null
 * @param endDate      its last day for meetings over several days, or null
 * @param round        ordinal of a negotiation round, or null
 * @param status       planned, held or cancelled, or null
 */
public record Meeting(String label, String evidence, List<Entity> participants, List<Entity> parties,
                      Entity location, DateValue date, DateValue endDate, Integer round, Status status)
        implements Event {

    public Meeting {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
        parties = List.copyOf(parties);
        if (round != null && round < 1) {
            throw new IllegalArgumentException("round must be positive, got " + round);
        }
    }
}

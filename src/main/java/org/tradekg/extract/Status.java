package org.tradekg.extract;

/** The state of an event as reported; each maps to a {@code tkg:} individual of the same name. */
public enum Status {
    PLANNED("Planned"), HELD("Held"), THREATENED("Threatened"), IMPOSED("Imposed"),
    SUSPENDED("Suspended"), LIFTED("Lifted"), CANCELLED("Cancelled");

    private final String localName;

    Status(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology individual ({@code Planned}). */
    public String localName() {
        return localName;
    }
}

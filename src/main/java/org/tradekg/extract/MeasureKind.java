package org.tradekg.extract;

/** The kinds of trade measure; each maps to a subclass of {@code tkg:TradeMeasure}. */
public enum MeasureKind {
    TARIFF("Tariff"), EXPORT_CONTROL("ExportControl"), SANCTION("Sanction");

    private final String localName;

    MeasureKind(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology class ({@code Tariff}). */
    public String localName() {
        return localName;
    }
}

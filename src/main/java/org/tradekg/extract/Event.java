package org.tradekg.extract;

/**
 * Something that happens, as extracted from one sentence of one article.
 * Every event keeps the sentence it came from as evidence.
 */
public sealed interface Event permits Meeting, TradeMeasure, Agreement, Statement {

    /** The sentence (or sentences, for a quote) the event was extracted from. */
    String evidence();

    /** A short human-readable label ("Meeting: United States, China, 2025-10-17"). */
    String label();

    /** The date it happens or begins, or null. */
    DateValue date();

    /** Its state as reported, or null. */
    Status status();
}

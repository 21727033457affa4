package org.tradekg.extract;

import java.util.Objects;

/**
 * A direct quotation.
 *
 * @param speaker the person or organisation quoted, or null when the text does not name one
 * @param quote   the quoted words, without quotation marks
 * @param date    when it was said, or null
 */
public record Statement(String label, String evidence, Entity speaker, String quote, DateValue date)
        implements Event {

    public Statement {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(quote, "quote");
        if (quote.isBlank()) {
            throw new IllegalArgumentException("blank quote in: " + evidence);
        }
    }

    @Override
    public Status status() {
        return null;
    }
}

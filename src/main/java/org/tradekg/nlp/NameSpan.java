package org.tradekg.nlp;

import java.util.Objects;

/**
 * A name found in, or labelled on, a sentence: its type and its token span.
 *
 * @param type        the name's type, as the model was trained ({@code "PERSON"}, {@code "ORGANIZATION"})
 * @param start       index of the first token
 * @param end         index after the last token
 * @param probability the model's confidence in the span, in [0, 1]; 1 for a label
 */
public record NameSpan(String type, int start, int end, double probability) {

    public NameSpan {
        Objects.requireNonNull(type, "type");
        if (type.isBlank()) {
            throw new IllegalArgumentException("blank name type for span [" + start + ", " + end + ")");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad name span [" + start + ", " + end + ") of type " + type);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability " + probability + " outside [0, 1] for span ["
                    + start + ", " + end + ")");
        }
    }

    /** A label: a span the model is to learn, probability 1. */
    public static NameSpan label(String type, int start, int end) {
        return new NameSpan(type, start, end, 1.0);
    }

    /** Number of tokens. */
    public int length() {
        return end - start;
    }
}

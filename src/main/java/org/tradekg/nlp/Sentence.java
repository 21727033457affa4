package org.tradekg.nlp;

import java.util.List;

/**
 * A sentence: its text as it stands in the body (line breaks folded to spaces), its offsets
 * and its tokens.
 *
 * @param paragraph index of the paragraph it belongs to, counted from 0
 */
public record Sentence(String text, int start, int end, int paragraph, List<Token> tokens) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
        tokens = List.copyOf(tokens);
    }
}

package org.tradekg.nlp;

/**
 * A token with its character offsets in the article body; its part-of-speech tag is asked of
 * its {@link Sentence}.
 */
public record Token(String text, int start, int end) {

    public Token {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty token at " + start);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}

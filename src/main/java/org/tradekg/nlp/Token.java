package org.tradekg.nlp;

/**
 * A token with its character offsets in the article body and its part-of-speech tag
 * (Universal Dependencies tag set, as the Apache English models give it).
 */
public record Token(String text, int start, int end, String pos) {

    public Token {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty token at " + start);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}

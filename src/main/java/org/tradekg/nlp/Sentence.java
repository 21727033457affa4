package org.tradekg.nlp;

import java.util.List;
import java.util.function.Function;

/**
 * A sentence: its text as it stands in the body (line breaks folded to spaces), its offsets,
 * its tokens and, on first ask, their part-of-speech tags.
 *
 * <p>Tagging is the costliest step of the analysis and few rules need it, so a sentence is
 * tagged only when {@link #pos(int)} or {@link #tags()} is first called, whole and once; the
 * tags are those an eager tagger gives. Safe to use from any thread.
 */
public final class Sentence {

    private final String text;
    private final int start;
    private final int end;
    private final int paragraph;
    private final List<Token> tokens;
    private Function<String[], String[]> tagger;
    private List<String> tags;

    /**
     * @param paragraph index of the paragraph it belongs to, counted from 0
     * @param tagger    tags the token texts (Universal Dependencies tag set), called at most once
     */
    public Sentence(String text, int start, int end, int paragraph, List<Token> tokens,
                    Function<String[], String[]> tagger) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
        this.text = text;
        this.start = start;
        this.end = end;
        this.paragraph = paragraph;
        this.tokens = List.copyOf(tokens);
        this.tagger = tagger;
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Index of the paragraph it belongs to, counted from 0. */
    public int paragraph() {
        return paragraph;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The tag of token {@code i}: {@code PROPN}, {@code VERB}, ... (the sentence is tagged on first ask). */
    public String pos(int i) {
        return tags().get(i);
    }

    /** The tags of all tokens, in order (the sentence is tagged on first ask). */
    public synchronized List<String> tags() {
        if (tags == null) {
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).text();
            }
            String[] tagged = tagger.apply(words);
            if (tagged.length != words.length) {
                throw new IllegalStateException(tagged.length + " tags for " + words.length + " tokens");
            }
            tags = List.of(tagged);
            tagger = null;
        }
        return tags;
    }

    @Override
    public String toString() {
        return "Sentence[" + start + ", " + end + "): " + text;
    }
}

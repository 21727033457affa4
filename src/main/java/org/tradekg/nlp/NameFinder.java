package org.tradekg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Finds PERSON and ORGANIZATION names in sentences with a {@link NameModel}. Keeps OpenNLP's
 * stateful {@code NameFinderME}, which remembers the names of the current document: one
 * instance per thread, and {@link #endDocument()} after each document.
 */
public final class NameFinder {

    private final NameFinderME finder;

    NameFinder(NameModel model) {
        this.finder = new NameFinderME(model.model);
    }

    /** Names in one sentence of the current document, left to right, not overlapping. */
    public List<NameSpan> names(Sentence sentence) {
        List<String> words = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            words.add(t.text());
        }
        return names(words);
    }

    /** Names in one tokenized sentence of the current document. */
    public List<NameSpan> names(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        Span[] spans = finder.find(tokens.toArray(String[]::new));
        double[] probs = finder.probs(spans);
        List<NameSpan> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            double p = Math.max(0, Math.min(1, probs[i]));
            out.add(new NameSpan(spans[i].getType(), spans[i].getStart(), spans[i].getEnd(), p));
        }
        return out;
    }

    /** Forgets the names of the document just read; call after each document. */
    public void endDocument() {
        finder.clearAdaptiveData();
    }
}

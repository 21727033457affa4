package org.tradekg.nlp;

import java.util.List;

/**
 * One labelled sentence for {@link NameModelTrainer}.
 *
 * @param tokens        the sentence's tokens, as {@link TextAnalyzer} gives them
 * @param names         the labelled names, not overlapping, within the tokens
 * @param documentStart whether the sentence opens a document (the model's per-document memory is
 *                      cleared there)
 */
public record TrainingSentence(List<String> tokens, List<NameSpan> names, boolean documentStart) {

    public TrainingSentence {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty training sentence");
        }
        int last = 0;
        for (NameSpan n : names) {
            if (n.end() > tokens.size()) {
                throw new IllegalArgumentException("name [" + n.start() + ", " + n.end() + ") beyond the "
                        + tokens.size() + " tokens of '" + String.join(" ", tokens) + "'");
            }
            if (n.start() < last) {
                throw new IllegalArgumentException("names overlap or are out of order at token " + n.start()
                        + " in '" + String.join(" ", tokens) + "'");
            }
            last = n.end();
        }
    }
}

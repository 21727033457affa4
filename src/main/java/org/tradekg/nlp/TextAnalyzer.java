package org.tradekg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits a body into paragraphs, sentences and tokens, and tags a sentence's tokens when asked.
 * Keeps OpenNLP's stateful {@code *ME} tools, so one instance serves one thread (tagging,
 * which may be asked later from another thread, is guarded).
 */
public final class TextAnalyzer {

    private static final java.util.regex.Pattern TITLE_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|\\s)(Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Prof|Amb|Sr|Jr|St|Messrs"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos)\\.$");

    /** "... on most EU goods, U.S. President Donald Trump said": the abbreviation ends no sentence here. */
    private static final java.util.regex.Pattern COUNTRY_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|\\s)(U\\.S|U\\.K|U\\.N|E\\.U|E\\.C)\\.$");
    private static final java.util.regex.Pattern TITLE_OPENING = java.util.regex.Pattern.compile(
            "^(President|Vice|Secretary|Trade|Commerce|Treasury|Agriculture|Ambassador|Senator|Sen\\.|Rep\\.|"
                    + "Representative|Deputy|Assistant|Undersecretary|Under|Chief|Special|Defense|State|Energy|officials?\\b|"
                    + "[a-z])");

    /** Most words whose split is remembered; the memory starts afresh when full (a few MiB). */
    static final int REMEMBERED_WORDS = 50_000;

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    /** How the tokenizer split each word seen, as offsets into the word; null: ask it every time */
    private final Map<String, int[]> splits;

    /**
     * @param rememberSplits keep the tokenizer's split of each word: OpenNLP's tokenizer splits a
     *                       whitespace-separated word by the word alone, so the split of a word
     *                       seen before is known without the model (the same tokens, some three
     *                       times faster over newswire)
     */
    TextAnalyzer(NlpModels models, boolean rememberSplits) {
        this.sentences = new SentenceDetectorME(models.sentence);
        this.tokenizer = new TokenizerME(models.tokenizer);
        this.tagger = new POSTaggerME(models.pos);
        this.splits = rememberSplits ? new HashMap<>() : null;
    }

    /**
     * The sentence model ends a sentence after "Sen." or "Rep." before a name ("Sen. John
     * McCain told reporters") and after a month's abbreviation ("starting Aug. 1"); such an
     * abbreviation never ends a sentence here.
     */
    static List<Span> mergeAfterAbbreviations(String text, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            String previous = out.isEmpty() ? "" : text.substring(out.get(out.size() - 1).getStart(),
                    out.get(out.size() - 1).getEnd());
            String next = text.substring(s.getStart(), s.getEnd());
            if (!out.isEmpty() && (TITLE_ABBREVIATION.matcher(previous).find()
                    || COUNTRY_ABBREVIATION.matcher(previous).find() && TITLE_OPENING.matcher(next).find())) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Sentences of the body with their tokens, offsets into {@code body}. Paragraphs are split
     * first (the sentence model would join a headline to the next line), see {@link Paragraphs}.
     * A sentence is tagged when its tags are first asked for, by this analyzer's tagger.
     */
    public List<Sentence> analyze(String body) {
        List<Sentence> out = new ArrayList<>();
        List<int[]> paragraphs = Paragraphs.split(body);
        for (int p = 0; p < paragraphs.size(); p++) {
            int pStart = paragraphs.get(p)[0];
            String para = body.substring(pStart, paragraphs.get(p)[1]).replace('\n', ' ');
            for (Span s : mergeAfterAbbreviations(para, sentences.sentPosDetect(para))) {
                String text = para.substring(s.getStart(), s.getEnd());
                Span[] spans = splitPluralPossessives(text, tokenize(text));
                String[] words = Span.spansToStrings(spans, text);
                List<Token> tokens = new ArrayList<>(words.length);
                int base = pStart + s.getStart();
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(words[i], base + spans[i].getStart(), base + spans[i].getEnd()));
                }
                out.add(new Sentence(text, base, base + text.length(), p, tokens, this::tag));
            }
        }
        return out;
    }

    /**
     * The tokenizer leaves the apostrophe of a plural possessive on the name ("the Organization
     * of Petroleum Exporting Countries' output", "Lawton Chiles' office"); here it is a token of
     * its own, as after "'s", so that the name is the name.
     */
    static Span[] splitPluralPossessives(String text, Span[] spans) {
        List<Span> out = null;
        for (int i = 0; i < spans.length; i++) {
            Span t = spans[i];
            int end = t.getEnd();
            boolean split = t.length() >= 3 && Character.isUpperCase(text.charAt(t.getStart()))
                    && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '’') && text.charAt(end - 2) == 's';
            if (split && out == null) {
                out = new ArrayList<>(List.of(spans).subList(0, i));
            }
            if (split) {
                out.add(new Span(t.getStart(), end - 1));
                out.add(new Span(end - 1, end));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? spans : out.toArray(Span[]::new);
    }

    /**
     * The tokens of a sentence, as {@link TokenizerME#tokenizePos} gives them: it splits the text
     * at white space and then each word on its own, which is what makes a word's split worth
     * remembering.
     */
    private Span[] tokenize(String text) {
        if (splits == null) {
            return tokenizer.tokenizePos(text);
        }
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> out = new ArrayList<>(words.length + words.length / 4);
        for (Span w : words) {
            if (w.length() < 2) {
                // TokenizerME never splits a single character
                out.add(w);
                continue;
            }
            String word = text.substring(w.getStart(), w.getEnd());
            int[] cuts = splits.get(word);
            if (cuts == null) {
                Span[] parts = tokenizer.tokenizePos(word);
                cuts = new int[parts.length * 2];
                for (int i = 0; i < parts.length; i++) {
                    cuts[2 * i] = parts[i].getStart();
                    cuts[2 * i + 1] = parts[i].getEnd();
                }
                if (splits.size() >= REMEMBERED_WORDS) {
                    splits.clear();
                }
                splits.put(word, cuts);
            }
            for (int i = 0; i < cuts.length; i += 2) {
                out.add(new Span(w.getStart() + cuts[i], w.getStart() + cuts[i + 1]));
            }
        }
        return out.toArray(Span[]::new);
    }

    /** One sentence's tags; the tagger keeps state, so one sentence at a time. */
    private synchronized String[] tag(String[] words) {
        return tagger.tag(words);
    }
}

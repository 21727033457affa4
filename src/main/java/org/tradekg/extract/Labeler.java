package org.tradekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tradekg.article.Article;
import org.tradekg.nlp.Sentence;
import org.tradekg.nlp.TextAnalyzer;
import org.tradekg.nlp.Token;

/**
 * Labels persons and organisations in an article automatically, for training a statistical name
 * model: the names {@link MentionFinder} is surest of (gazetteer names, and the multi-word names
 * its rules find), as token spans. A sentence is marked unclean when a capitalised word in it is
 * neither part of a mention nor explained (a sentence's first word, a month, a title such as
 * "Trade Representative"): that word may be a name nobody labelled, and a model must not learn
 * from it that such a word is not a name. One instance per thread.
 *
 * <pre>{@code
 * Labeler labeler = pipeline.newLabeler();
 * for (Labeler.LabeledSentence s : labeler.label(article)) {
 *     if (s.clean()) { ... s.tokens(), s.labels() ... }
 * }
 * }</pre>
 */
public final class Labeler {

    private static final Set<String> CALENDAR = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I");
    private static final Set<String> OPENERS = Set.of("“", "``", "‘", "(", "[", ":", "-", "--", "—");
    /** Last words of company names, which the say-verb rule can take for a person's. */
    private static final Set<String> CORPORATE = Set.of(
            "International", "Corp", "Corp.", "Inc", "Inc.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "AG", "NV",
            "N.V.", "SA", "S.A.", "Group", "Holdings", "Industries", "Systems", "Resources", "Technologies",
            "Technology", "Communications", "Financial", "Bancorp", "Energy", "Petroleum", "Oil", "Airlines",
            "Motors", "Partners", "Capital", "Securities", "Trust", "Savings", "Products", "Electronics",
            "America", "Enterprises", "Services", "Associates", "Bank", "Brothers", "Bros", "Insurance",
            "Investments", "Properties", "Laboratories", "Labs", "Software", "Pharmaceuticals", "Chemical",
            "Chemicals", "Steel", "Mining", "Gas", "Power", "Telephone", "Television", "Broadcasting", "Federal",
            "Fund", "Exchange", "Market", "Markets", "Stores", "Foods");
    private static final Set<String> TICKER_OPENERS = Set.of("<", "[", "(");

    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;

    Labeler(TextAnalyzer analyzer, Gazetteer gazetteer) {
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
    }

    /**
     * A labelled name, as a token span.
     *
     * @param known whether the gazetteer knows the entity (else a rule found it)
     */
    public record Label(EntityType type, int start, int end, boolean known) {

        public Label {
            Objects.requireNonNull(type, "type");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad label span [" + start + ", " + end + ") for a " + type);
            }
        }
    }

    /**
     * One sentence of an article with its labels.
     *
     * @param tokens    the sentence's tokens
     * @param labels    persons and organisations, left to right
     * @param mentioned for each token, whether any mention (of any type or kind) covers it
     * @param clean     whether every capitalised word is labelled or explained, so the sentence
     *                  can be trained on
     */
    public record LabeledSentence(List<String> tokens, List<Label> labels, List<Boolean> mentioned, boolean clean) {

        public LabeledSentence {
            tokens = List.copyOf(tokens);
            labels = List.copyOf(labels);
            mentioned = List.copyOf(mentioned);
            if (mentioned.size() != tokens.size()) {
                throw new IllegalArgumentException(mentioned.size() + " mention flags for " + tokens.size()
                        + " tokens");
            }
            for (Label l : labels) {
                if (l.end() > tokens.size()) {
                    throw new IllegalArgumentException("label [" + l.start() + ", " + l.end() + ") beyond "
                            + tokens.size() + " tokens");
                }
            }
        }
    }

    /** Every sentence of the article's body, in order. */
    public List<LabeledSentence> label(Article article) {
        String body = article.body();
        MentionFinder finder = new MentionFinder(gazetteer, body);
        List<Sentence> sentences = analyzer.analyze(body);
        List<LabeledSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            // the finder remembers names and acronyms across sentences, so it sees every one in order
            out.add(label(s, finder.find(s, i), body));
        }
        return out;
    }

    private LabeledSentence label(Sentence sentence, List<Mention> mentions, String body) {
        List<Token> toks = sentence.tokens();
        int n = toks.size();
        boolean[] mentioned = new boolean[n];
        boolean clean = true;
        List<Label> labels = new ArrayList<>();
        int lastEnd = 0;
        for (Mention m : mentions) {
            int first = -1;
            int last = -1;
            for (int k = 0; k < n; k++) {
                if (toks.get(k).end() > m.start() && toks.get(k).start() < m.end()) {
                    mentioned[k] = true;
                    if (first < 0) {
                        first = k;
                    }
                    last = k;
                }
            }
            if (!trainable(m)) {
                continue;
            }
            boolean aligned = first >= 0 && toks.get(first).start() == m.start() && toks.get(last).end() == m.end();
            if (!aligned || first < lastEnd) {
                // a name that starts or ends inside a token, or overlaps another, cannot be a label
                clean = false;
                continue;
            }
            labels.add(new Label(m.entity().type(), first, last + 1, known(m, body)));
            lastEnd = last + 1;
        }
        List<String> words = new ArrayList<>(n);
        List<Boolean> flags = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            words.add(toks.get(k).text());
            flags.add(mentioned[k]);
        }
        if (clean) {
            clean = !hasDoubtfulWord(words, mentioned, labels) && !hasDoubtfulBoundary(words, mentioned, labels);
        }
        return new LabeledSentence(words, labels, flags, clean);
    }

    /** Persons and organisations by gazetteer name, or multi-word names found by the rules. */
    private static boolean trainable(Mention m) {
        EntityType t = m.entity().type();
        if (t != EntityType.PERSON && t != EntityType.ORGANIZATION) {
            return false;
        }
        return m.kind() == Mention.Kind.NAME
                || m.kind() == Mention.Kind.RULE && m.entity().label().strip().split("\\s+").length > 1;
    }

    private boolean known(Mention m, String body) {
        Entity e = m.entity();
        return e.equals(gazetteer.byLabel(e.label())) || gazetteer.lookup(body.substring(m.start(), m.end())) != null;
    }

    /**
     * A run of capitalised words no mention covers, unless it is the sentence's first word, a
     * calendar word, a lone everyday word that is never a name, or a title ("Trade Representative",
     * "Secretary of State").
     */
    private static boolean hasDoubtfulWord(List<String> words, boolean[] mentioned, List<Label> labels) {
        int n = words.size();
        boolean[] ticker = tickers(words);
        for (int k = 0; k < n; k++) {
            if (mentioned[k] || ticker[k] || !capitalised(words.get(k))) {
                continue;
            }
            int end = k;
            // a run may go on over "of" and "and": "Secretary of State"
            while (end + 1 < n && !mentioned[end + 1] && (capitalised(words.get(end + 1))
                    || end + 2 < n && connector(words.get(end + 1)) && !mentioned[end + 2]
                    && capitalised(words.get(end + 2)))) {
                end++;
            }
            List<String> run = new ArrayList<>();
            for (int i = k; i <= end; i++) {
                if (capitalised(words.get(i))) {
                    run.add(words.get(i));
                }
            }
            boolean initial = initial(words, k);
            if (initial) {
                run.remove(0);
            }
            if (!run.isEmpty() && !explained(run)) {
                return true;
            }
            k = end;
        }
        return false;
    }

    /**
     * A label whose edges are in doubt: next to another label or to a capitalised word outside it
     * that is not a title ("American" before "Petroleum Institute", "Westminster" after a
     * sentence's first word "National"), or a person whose name ends or is followed like a
     * company's ("Allegheny International said", "Smith Inc").
     */
    private static boolean hasDoubtfulBoundary(List<String> words, boolean[] mentioned, List<Label> labels) {
        int n = words.size();
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            if (i > 0 && labels.get(i - 1).end() == l.start()) {
                return true;
            }
            int before = l.start() - 1;
            if (before >= 0 && capitalised(words.get(before)) && !titleWord(words.get(before))
                    && (mentioned[before] || !(initial(words, before) && explainedAlone(words.get(before))))) {
                return true;
            }
            if (before >= 1 && connector(words.get(before)) && capitalised(words.get(before - 1))
                    && !titleWord(words.get(before - 1))) {
                // "Ecology and [Environment Inc]": the name may begin before the "and"
                return true;
            }
            int after = l.end();
            if (after < n && capitalised(words.get(after)) && mentioned[after] && !titleWord(words.get(after))) {
                return true;
            }
            if (l.type() == EntityType.PERSON && (CORPORATE.contains(words.get(l.end() - 1))
                    || after < n && (CORPORATE.contains(words.get(after)) || TICKER_OPENERS.contains(words.get(after))
                    && after + 1 < n && words.get(after + 1).matches("[A-Z][A-Z.]*")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stock symbols in angle brackets ("&lt; PEL &gt;", "&lt; LLOY.L&gt;"): capitals that are not
     * names. A name in brackets ("&lt; Sedio N.V. &gt;") has lowercase letters and is not one.
     */
    private static boolean[] tickers(List<String> words) {
        boolean[] out = new boolean[words.size()];
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).startsWith("<")) {
                continue;
            }
            int end = k;
            while (end + 1 < words.size() && end - k < 4 && !words.get(end).endsWith(">")) {
                end++;
            }
            boolean symbol = words.get(end).endsWith(">");
            for (int i = k; i <= end && symbol; i++) {
                symbol = words.get(i).matches("<?[A-Z0-9.&-]{0,8}>?");
            }
            for (int i = k; i <= end && symbol; i++) {
                out[i] = true;
            }
        }
        return out;
    }

    /**
     * The first word of a sentence, a quotation or a parenthesis, capitalised whatever it is. A
     * straight double quote opens a quotation when an even number of them came before it.
     */
    private static boolean initial(List<String> words, int k) {
        if (k == 0 || OPENERS.contains(words.get(k - 1))) {
            return true;
        }
        if (!words.get(k - 1).equals("\"")) {
            return false;
        }
        int quotes = 0;
        for (int i = 0; i < k - 1; i++) {
            if (words.get(i).equals("\"")) {
                quotes++;
            }
        }
        return quotes % 2 == 0;
    }

    private static boolean titleWord(String w) {
        return Lexicon.TITLE_HEADS.contains(w.toLowerCase(Locale.ROOT)) || MentionFinder.isTitleWord(w);
    }

    private static boolean explainedAlone(String w) {
        return !Lexicon.ORG_HEADS.contains(w) && (CALENDAR.contains(w) || Lexicon.NOT_NAMES.contains(w));
    }

    private static boolean explained(List<String> run) {
        if (run.size() == 1 && explainedAlone(run.get(0))) {
            return true;
        }
        return isTitle(run);
    }

    /** Title words only, with a head ("Secretary", "Representative") and no organisation head. */
    private static boolean isTitle(List<String> run) {
        boolean head = false;
        for (String w : run) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (Lexicon.ORG_HEADS.contains(w)) {
                return false;
            }
            if (Lexicon.TITLE_HEADS.contains(lower) || MentionFinder.isTitleWord(w)) {
                head = true;
            } else if (!Lexicon.TITLE_WORDS.contains(lower)) {
                return false;
            }
        }
        return head;
    }

    private static boolean connector(String w) {
        return w.equals("of") || w.equals("and") || w.equals("for") || w.equals("&");
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
}

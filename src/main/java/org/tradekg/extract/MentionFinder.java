package org.tradekg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import org.tradekg.nlp.NameSpan;
import org.tradekg.nlp.Sentence;
import org.tradekg.nlp.Token;

/**
 * Finds entity mentions in one article: gazetteer names (longest match), country adjectives,
 * capitals used for governments, acronyms defined in the text, organisation names by their head
 * word, and persons the gazetteer lacks by context (a title before the name, an apposition
 * after it, a verb of saying). Later surnames resolve to the full name given earlier.
 * Keeps per-article state: one instance per article.
 */
final class MentionFinder {

    private static final Pattern ACRONYM_DEF = Pattern.compile("\\(([A-Z][A-Za-z.&]{1,9})\\)");
    private static final Pattern MISTER = Pattern.compile("Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?");
    private static final Pattern HONORIFIC = Pattern.compile("Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Rep\\.|Sen\\.|Gov\\.");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.|\\p{Lu}[\\p{Ll}]*\\p{Lu}[\\p{Ll}]+");

    private final Gazetteer gazetteer;
    private final String body;
    /** names defined in this article: acronyms and persons' surnames */
    private final Map<String, Entity> local = new HashMap<>();
    private final Map<String, Entity> surnames = new HashMap<>();
    private final java.util.Set<String> localFirstWords = new java.util.HashSet<>();

    MentionFinder(Gazetteer gazetteer, String body) {
        this(gazetteer, body, sentence -> List.of());
    }

    /**
     * @param names a statistical name finder, asked only about a capitalised run the rules found
     *              no context for that opens with a known given name; a person it predicts over
     *              exactly that run is taken
     */
    MentionFinder(Gazetteer gazetteer, String body, Function<Sentence, List<NameSpan>> names) {
        this(gazetteer, body, names, null);
    }

    /**
     * @param home the country the story was filed from, or null: a bare "Finance Ministry" is its
     */
    MentionFinder(Gazetteer gazetteer, String body, Function<Sentence, List<NameSpan>> names, Entity home) {
        this.gazetteer = gazetteer;
        this.body = body;
        this.names = names;
        this.home = home;
    }

    private final Entity home;

    /** Below this the name model's word alone does not make a person. */
    private static final double MODEL_CONFIDENCE = 0.35;

    private final Function<Sentence, List<NameSpan>> names;

    /** Mentions in one sentence, left to right, not overlapping. */
    List<Mention> find(Sentence sentence, int index) {
        List<Token> toks = sentence.tokens();
        int n = toks.size();
        Mention[] at = new Mention[n];
        int[] span = new int[n];
        for (int i = 0; i < n; i++) {
            if (at[i] != null || covered(at, span, i)) {
                continue;
            }
            // only a word that opens some known name can open a longer one
            String word = toks.get(i).text();
            int maxJ = gazetteer.startsName(word) || localFirstWords.contains(Gazetteer.firstWord(word))
                    ? Math.min(n - 1, i + gazetteer.maxWords()) : i;
            for (int j = maxJ; j >= i; j--) {
                String text = text(toks.get(i).start(), toks.get(j).end());
                Entity e = name(text);
                if (e == null) {
                    e = gazetteer.adjective(text);
                    if (e != null) {
                        at[i] = new Mention(e, toks.get(i).start(), toks.get(j).end(), index, Mention.Kind.ADJECTIVE);
                        span[i] = j - i + 1;
                        break;
                    }
                }
                if (e != null && !lowercaseFunctionWord(text)) {
                    at[i] = new Mention(e, toks.get(i).start(), toks.get(j).end(), index, Mention.Kind.NAME);
                    span[i] = j - i + 1;
                    break;
                }
            }
            if (at[i] == null) {
                compound(toks.get(i), index, at, span, i);
            }
        }
        for (Mention m : at) {
            if (m != null && m.entity().type() == EntityType.PERSON) {
                remember(m.entity());
            }
        }
        acronyms(toks, index, at, span);
        organisations(toks, index, at, span);
        persons(sentence, toks, index, at, span);
        metonyms(sentence, toks, index, at);
        List<Mention> out = new ArrayList<>();
        for (Mention m : at) {
            if (m != null) {
                out.add(m);
            }
        }
        out.addAll(drainExtra());
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 0; i < n; i++) {
            if (at[i] != null && at[i].entity().type() == EntityType.PERSON) {
                remember(at[i].entity());
            }
        }
        return out;
    }

    /** Registers a person so that a later surname finds them. */
    void remember(Entity person) {
        String[] parts = person.label().split("\\s+");
        if (parts.length > 1) {
            String last = parts[parts.length - 1];
            surnames.putIfAbsent(last, person);
            // "Pöhl" is written "Poehl" or "Pohl" further on
            surnames.putIfAbsent(Gazetteer.transliterate(last), person);
            surnames.putIfAbsent(Gazetteer.stripAccents(last), person);
            // Chinese and Korean names put the family name first ("He Lifeng" → "He")
            surnames.putIfAbsent(parts[0] + "#first", person);
            // "Herman De Croo" is "De Croo" later on, "Javier Perez de Cuellar" "Perez de Cuellar"
            for (int k = 1; k < parts.length - 1; k++) {
                surnames.putIfAbsent(String.join(" ", List.of(parts).subList(k, parts.length)), person);
            }
        }
    }

    private Entity name(String text) {
        Entity e = local.get(text);
        if (e != null) {
            return e;
        }
        e = gazetteer.lookup(text);
        if (e == null && (text.endsWith("'s") || text.endsWith("’s"))) {
            e = gazetteer.lookup(text.substring(0, text.length() - 2));
        }
        return e;
    }

    /**
     * A gazetteer alias like "US" or "EC" written as an ordinary lowercase word is not a name;
     * a lowercase phrase such as "trade representative's office" can be.
     */
    private static boolean lowercaseFunctionWord(String text) {
        return text.equals(text.toLowerCase(Locale.ROOT)) && !text.contains(" ");
    }

    /** Hyphen or slash compounds: "US-China", "U.S./Japan", "Sino-Japanese". */
    private void compound(Token t, int index, Mention[] at, int[] span, int i) {
        String s = t.text();
        if (s.indexOf('-') < 0 && s.indexOf('/') < 0) {
            return;
        }
        int offset = 0;
        for (String part : s.split("[-/]")) {
            Entity e = part.isEmpty() ? null : name(part);
            if (e == null && !part.isEmpty()) {
                e = gazetteer.adjective(part);
            }
            boolean side = e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION);
            if (side && at[i] == null) {
                // one token carries one mention; the others are added as separate spans below
                at[i] = new Mention(e, t.start() + offset, t.start() + offset + part.length(), index, Mention.Kind.NAME);
                span[i] = 1;
            } else if (side) {
                extra.add(new Mention(e, t.start() + offset, t.start() + offset + part.length(), index, Mention.Kind.NAME));
            }
            offset += part.length() + 1;
        }
    }

    private final List<Mention> extra = new ArrayList<>();

    /** Mentions found inside compounds beyond the first; drained by the caller. */
    List<Mention> drainExtra() {
        List<Mention> out = new ArrayList<>(extra);
        extra.clear();
        return out;
    }

    /** "Ministry of International Trade and Industry (MITI)": MITI names the same entity hereafter. */
    private void acronyms(List<Token> toks, int index, Mention[] at, int[] span) {
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!toks.get(i).text().equals("(") || !toks.get(i + 2).text().equals(")")) {
                continue;
            }
            String acr = toks.get(i + 1).text();
            if (!ACRONYM_DEF.matcher("(" + acr + ")").matches()) {
                continue;
            }
            Mention before = lastMentionBefore(at, span, i);
            if (before != null && before.end() == toks.get(i - 1).end()
                    && before.entity().type() != EntityType.PERSON) {
                local.putIfAbsent(acr, before.entity());
                localFirstWords.add(Gazetteer.firstWord(acr));
                if (at[i + 1] == null) {
                    at[i + 1] = new Mention(before.entity(), toks.get(i + 1).start(), toks.get(i + 1).end(), index,
                            Mention.Kind.NAME);
                    span[i + 1] = 1;
                }
                continue;
            }
            // an unknown organisation: the capitalised words before the parenthesis whose initials make the acronym
            int start = i - 1;
            StringBuilder initials = new StringBuilder();
            while (start >= 0 && at[start] == null
                    && (CAPITALISED.matcher(toks.get(start).text()).matches()
                    || Lexicon.TITLE_WORDS.contains(toks.get(start).text()))) {
                start--;
            }
            start++;
            while (start < i && !Character.isUpperCase(toks.get(start).text().charAt(0))) {
                start++;
            }
            for (int k = start; k < i; k++) {
                char c = toks.get(k).text().charAt(0);
                if (Character.isUpperCase(c)) {
                    initials.append(c);
                }
            }
            String letters = acr.replace(".", "").toUpperCase(Locale.ROOT);
            if (start < i && initials.length() >= 2 && letters.startsWith(initials.substring(0, 1))
                    && initials.toString().contains(letters.substring(0, Math.min(2, letters.length())))) {
                Entity org = Entity.unlinked(EntityType.ORGANIZATION, text(toks.get(start).start(), toks.get(i - 1).end()));
                Entity known = gazetteer.lookup(acr);
                Entity e = known != null && known.type() == EntityType.ORGANIZATION ? known : org;
                local.putIfAbsent(acr, e);
                localFirstWords.add(Gazetteer.firstWord(acr));
                at[start] = new Mention(e, toks.get(start).start(), toks.get(i - 1).end(), index, Mention.Kind.NAME);
                span[start] = i - start;
                at[i + 1] = new Mention(e, toks.get(i + 1).start(), toks.get(i + 1).end(), index, Mention.Kind.NAME);
                span[i + 1] = 1;
            }
        }
    }

    /** Capitalised word runs ending in an organisation head word: "Japan Livestock Industry Promotion Corporation". */
    private void organisations(List<Token> toks, int index, Mention[] at, int[] span) {
        int n = toks.size();
        for (int j = 0; j < n; j++) {
            if (!Lexicon.ORG_HEADS.contains(toks.get(j).text()) || covered(at, span, j) || at[j] != null) {
                continue;
            }
            int start = j;
            while (true) {
                while (start - 1 >= 0 && (at[start - 1] == null && !covered(at, span, start - 1)
                        || at[start - 1] != null && span[start - 1] == 1 && at[start - 1].kind() == Mention.Kind.NAME
                        && at[start - 1].entity().type() == EntityType.COUNTRY)
                        && CAPITALISED.matcher(toks.get(start - 1).text()).matches()
                        && !isSentenceOpener(toks, start - 1)) {
                    start--;
                }
                // "Standard and Poor's Corp", "Savings and Loan Association", "Smith and Co"
                if (start - 2 >= 0 && toks.get(start - 1).text().matches("and|&") && at[start - 2] == null
                        && !covered(at, span, start - 2) && CAPITALISED.matcher(toks.get(start - 2).text()).matches()
                        && !isSentenceOpener(toks, start - 2)) {
                    start -= 2;
                    continue;
                }
                break;
            }
            int end = j;
            // "Ministry of Finance", "University of Tokyo"
            if (end + 2 < n && toks.get(end + 1).text().equals("of")
                    && CAPITALISED.matcher(toks.get(end + 2).text()).matches()) {
                end += 2;
                while (end + 1 < n && (CAPITALISED.matcher(toks.get(end + 1).text()).matches()
                        || toks.get(end + 1).text().equals("and") && end + 2 < n
                        && CAPITALISED.matcher(toks.get(end + 2).text()).matches())) {
                    end++;
                }
            }
            if (end - start < 1) {
                continue;
            }
            String label = text(toks.get(start).start(), toks.get(end).end());
            Entity known = gazetteer.lookup(label);
            Mention first = at[start];
            if (known == null && end == start + 1 && first != null && first.entity().type() == EntityType.COUNTRY
                    && toks.get(end).text().matches("Administration|Government")) {
                // "the U.S. Administration" is the state acting, not an organisation of its own
                at[start] = new Mention(first.entity(), first.start(), toks.get(end).end(), index, Mention.Kind.METONYM);
                span[start] = 2;
                at[end] = null;
                j = end;
                continue;
            }
            if (known == null && generic(toks, start, end)) {
                // "the Finance Ministry" is the home country's, or nobody's we can name: never one entity for all
                known = home == null ? null : gazetteer.lookup(home.label() + "'s " + label);
                if (known == null) {
                    if (home != null) {
                        // a ministry we cannot name acts for its state
                        for (int k = start; k <= end; k++) {
                            at[k] = null;
                        }
                        at[start] = new Mention(home, toks.get(start).start(), toks.get(end).end(), index,
                                Mention.Kind.METONYM);
                        span[start] = end - start + 1;
                    }
                    j = end;
                    continue;
                }
            }
            Entity e = known != null ? known : Entity.unlinked(EntityType.ORGANIZATION, label);
            for (int k = start; k <= end; k++) {
                at[k] = null;
            }
            at[start] = new Mention(e, toks.get(start).start(), toks.get(end).end(), index, Mention.Kind.RULE);
            span[start] = end - start + 1;
            j = end;
        }
    }

    /**
     * A name made of common words only ("Finance Ministry", "Central Bank", "Co Inc", "Stock
     * Exchange"): it names a different body in every country.
     */
    private static boolean generic(List<Token> toks, int start, int end) {
        for (int k = start; k <= end; k++) {
            String w = toks.get(k).text();
            String lw = w.toLowerCase(Locale.ROOT);
            if (!(Lexicon.ORG_HEADS.contains(w) || Lexicon.COMPANY_WORDS.contains(w) || Lexicon.TITLE_WORDS.contains(lw)
                    || Lexicon.GENERIC_ORG_WORDS.contains(lw))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentenceOpener(List<Token> toks, int i) {
        return i == 0 && Lexicon.NOT_NAMES.contains(toks.get(i).text());
    }

    /**
     * Persons: gazetteer persons are already found; here surnames of known persons and names
     * the gazetteer lacks, recognised by a title before them, an apposition after them, "Mr.",
     * or a verb of saying next to them.
     */
    private void persons(Sentence sentence, List<Token> toks, int index, Mention[] at, int[] span) {
        int n = toks.size();
        List<NameSpan> modelled = null;
        for (int i = 0; i < n; i++) {
            if (at[i] != null || covered(at, span, i) || !isNameWord(toks.get(i).text())) {
                continue;
            }
            int j = i;
            while (j + 1 < n && j - i < 3 && at[j + 1] == null && isNameWord(toks.get(j + 1).text())
                    && !Lexicon.NOT_NAMES.contains(toks.get(j + 1).text())) {
                j++;
            }
            int len = j - i + 1;
            String first = toks.get(i).text();
            boolean opener = i == 0 || isQuote(toks.get(i - 1).text());
            boolean titledOne = i > 0 && (isTitleWord(toks.get(i - 1).text()) || splitAbbreviation(toks, i - 1))
                    // "(Prime Minister Yasuhiro) Nakasone": the title and given name sit in brackets
                    || i > 2 && toks.get(i - 1).text().equals(")") && isNameWord(toks.get(i - 2).text())
                    && isTitleWord(toks.get(i - 3).text());
            if (Lexicon.NOT_NAMES.contains(first) && !(len == 1 && surname(first, opener, titledOne) != null)) {
                continue;
            }
            if (len >= 3 && isTitleWord(first)) {
                // "Agriculture Undersecretary Daniel Amstutz": the name starts after the title
                continue;
            }
            String label = text(toks.get(i).start(), toks.get(j).end()).replaceAll("['’]s$", "");
            if (len == 1 && i + 1 < n && toks.get(i + 1).text().matches("(?i)administration|government")) {
                // "the Biden administration": the state that person leads, acting
                Entity leader = gazetteer.surname(first.replaceAll("['’]s$", ""));
                Entity country = leader == null ? null : gazetteer.countryOf(leader);
                if (country != null) {
                    at[i] = new Mention(country, toks.get(i).start(), toks.get(i + 1).end(), index, Mention.Kind.METONYM);
                    span[i] = 2;
                    i++;
                    continue;
                }
            }
            if (len == 1) {
                Entity known = surname(first, opener, titledOne);
                if (known != null) {
                    at[i] = new Mention(known, toks.get(i).start(), toks.get(i).end(), index, Mention.Kind.RULE);
                    span[i] = 1;
                }
                continue;
            }
            boolean titled = i > 0 && isTitleWord(toks.get(i - 1).text()) || splitAbbreviation(toks, i - 1);
            boolean mister = i > 0 && MISTER.matcher(toks.get(i - 1).text()).matches();
            boolean apposition = j + 2 < n && toks.get(j + 1).text().equals(",")
                    && startsTitle(toks, j + 2);
            boolean saying = j + 1 < n && Lexicon.SAY_VERBS.contains(toks.get(j + 1).text())
                    // "the head of the unit, Hugo Johannesson, told Reuters"
                    || i > 0 && toks.get(i - 1).text().equals(",") && j + 2 < n && toks.get(j + 1).text().equals(",")
                    && Lexicon.SAY_VERBS.contains(toks.get(j + 2).text())
                    || i > 0 && Lexicon.SAY_VERBS.contains(toks.get(i - 1).text())
                    || i > 1 && toks.get(i - 1).text().equals(",") && isTitleWord(toks.get(i - 2).text());
            if (!titled && !mister && j + 2 < n && isTitleWord(toks.get(j + 1).text())
                    && isNameWord(toks.get(j + 2).text())) {
                // "said Stanwick Farrow analyst Jane Doe": the run before a title names the employer
                i = j;
                continue;
            }
            if (!(titled || mister || apposition || saying)) {
                if (!gazetteer.isGivenName(first)) {
                    continue;
                }
                // the model runs at most once a sentence, and only for a run that opens with a given name
                if (modelled == null) {
                    modelled = names.apply(sentence);
                }
                if (!predictedPerson(modelled, i, j + 1, toks)) {
                    continue;
                }
            }
            Entity known = gazetteer.lookup(label);
            if (known == null || known.type() != EntityType.PERSON) {
                Entity named = surnames.get(label);
                known = named != null ? named : known;
            }
            if (known == null && !titled && !mister && (Lexicon.ORG_HEADS.contains(toks.get(j).text())
                    || Lexicon.COMPANY_WORDS.contains(toks.get(j).text()) || Lexicon.BANK_FIRST_WORDS.contains(first))) {
                // "The American Stock Exchange said", "Banque Paribas said": a body's name, no part of it a person
                i = j;
                continue;
            }
            if (known == null && (companyName(label, toks, j)
                    || j + 1 < n && at[j + 1] != null && at[j + 1].entity().type() != EntityType.PERSON
                    && at[j + 1].start() == toks.get(j + 1).start() && toks.get(j).end() + 1 >= toks.get(j + 1).start()
                    && !titled && !mister)) {
                // "Credit Suisse First Boston": a run glued to a place or body names a company
                continue;
            }
            Entity person = known != null && known.type() == EntityType.PERSON ? known
                    : Entity.unlinked(EntityType.PERSON, label);
            at[i] = new Mention(person, toks.get(i).start(), toks.get(j).end(), index, Mention.Kind.RULE);
            span[i] = len;
            remember(person);
            i = j;
        }
    }

    /** The model names exactly this run a person, confidently, and no word of it says organisation. */
    private static boolean predictedPerson(List<NameSpan> modelled, int start, int end, List<Token> toks) {
        // "Philip Morris Cos", "Douglas Aircraft Co": the run names a company
        for (int k = start; k < Math.min(toks.size(), end + 1); k++) {
            if (Lexicon.ORG_HEADS.contains(toks.get(k).text()) || Lexicon.COMPANY_WORDS.contains(toks.get(k).text())) {
                return false;
            }
        }
        return modelled.stream().anyMatch(s -> s.type().equals("PERSON") && s.start() == start && s.end() == end
                && s.probability() >= MODEL_CONFIDENCE);
    }

    /**
     * "Merrill Lynch said": a name the article also writes with a company word after it
     * ("Merrill Lynch and Co", "Morgan Stanley Group Inc") is a company's.
     */
    private boolean companyName(String label, List<Token> toks, int last) {
        if (last + 1 < toks.size() && Lexicon.COMPANY_WORDS.contains(toks.get(last + 1).text())) {
            return true;
        }
        return companyNames.computeIfAbsent(label, l -> Pattern.compile(Pattern.quote(l)
                + "\\s+(Inc|Corp|Co|Cos|Group|Capital|Markets|Securities|Ltd|Plc|PLC|AG|SA|NV|Bank|International|and Co|& Co)\\b")
                .matcher(body).find());
    }

    private final Map<String, Boolean> companyNames = new HashMap<>();

    /**
     * A person's surname: of a person named in full earlier in the article, or the family name
     * of a name written family-name first; a well-known person's surname from the gazetteer only
     * after a title ("President Reagan"), since "Johnson" alone is anyone.
     */
    private Entity surname(String word, boolean sentenceOpener, boolean titled) {
        String w = word.replaceAll("['’]s$", "");
        Entity e = surnames.get(w);
        if (e == null && !sentenceOpener) {
            // "He" alone is a pronoun at the start of a sentence or quote; elsewhere it can be He Lifeng
            e = surnames.get(w + "#first");
        }
        if (e == null && titled && !Lexicon.NOT_NAMES.contains(w)) {
            e = gazetteer.surname(w);
        }
        if (e != null && sentenceOpener && Lexicon.NOT_NAMES.contains(w)) {
            return null;
        }
        return e;
    }

    /** Capitals standing for governments: "Tokyo is expected to", "pressure on Tokyo", "with Beijing". */
    private void metonyms(Sentence sentence, List<Token> toks, int index, Mention[] at) {
        for (int i = 0; i < toks.size(); i++) {
            Mention m = at[i];
            if (m == null || m.entity().type() != EntityType.PLACE || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            Entity country = gazetteer.capitalOf(m.entity());
            if (country == null) {
                continue;
            }
            int after = i + 1;
            while (after < toks.size() && at[after] == null && toks.get(after).end() <= m.end()) {
                after++;
            }
            String next = after < toks.size() ? toks.get(after).text() : "";
            String prev = i > 0 ? toks.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
            boolean possessive = m.end() < body.length() && body.startsWith("'s", m.end())
                    || body.startsWith("’s", m.end()) || next.equals("'s") || next.equals("’s");
            boolean object = prev.matches("with|by|against|on|urged|urge|pressed|press|between|and|told|asked|"
                    + "allowed|allow|allows|permitted|permit|permits|forced|force|forces|persuade|persuaded|warned|warn");
            if (possessive || object || after < toks.size() && isVerb(sentence.pos(after))
                    && !prev.matches("in|to|at|from|into|near|here|visit|visited|visits|visiting")) {
                at[i] = new Mention(country, m.start(), m.end(), index, Mention.Kind.METONYM);
            }
        }
    }

    private static boolean isVerb(String pos) {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    private static boolean isQuote(String s) {
        return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("``") || s.equals("''") || s.equals("'");
    }

    private static boolean isNameWord(String s) {
        return NAME_WORD.matcher(s).matches() && !s.equals(s.toUpperCase(Locale.ROOT))
                || s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.';
    }

    /** A title abbreviation the tokenizer split from its period: "Sen" "." before a name. */
    static boolean splitAbbreviation(List<Token> toks, int dot) {
        return dot > 0 && toks.get(dot).text().equals(".") && toks.get(dot - 1).end() == toks.get(dot).start()
                && toks.get(dot - 1).text().matches("Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Prof|Amb");
    }

    static boolean isTitleWord(String s) {
        return Lexicon.TITLE_HEADS.contains(s.toLowerCase(Locale.ROOT))
                || HONORIFIC.matcher(s).matches();
    }

    /** An apposition that gives a title: "director-general of ...", "deputy director", "a professor". */
    private static boolean startsTitle(List<Token> toks, int k) {
        String w = toks.get(k).text().toLowerCase(Locale.ROOT);
        if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("his") || w.equals("her")) {
            if (k + 1 >= toks.size()) {
                return false;
            }
            w = toks.get(k + 1).text().toLowerCase(Locale.ROOT);
        }
        if (w.equals("of") && k + 1 < toks.size()) {
            // "Jim Gradoville, of trade representative's office"
            return true;
        }
        return Lexicon.TITLE_HEADS.contains(w) || Lexicon.TITLE_WORDS.contains(w) && !w.equals("the")
                && !w.equals("and") && !w.equals("for");
    }

    private static boolean covered(Mention[] at, int[] span, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
            if (at[k] != null && k + span[k] > i) {
                return true;
            }
        }
        return false;
    }

    private static Mention lastMentionBefore(Mention[] at, int[] span, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (at[k] != null) {
                return k + span[k] >= i ? at[k] : null;
            }
        }
        return null;
    }

    /** The text of a span with line breaks and runs of spaces folded to one space. */
    private String text(int start, int end) {
        String s = body.substring(start, end);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != ' ' && Character.isWhitespace(c) || c == ' ' && k + 1 < s.length() && s.charAt(k + 1) == ' ') {
                return WHITESPACE.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
}

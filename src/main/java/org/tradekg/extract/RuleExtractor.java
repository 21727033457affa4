package org.tradekg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradekg.article.Article;
import org.tradekg.nlp.NameFinder;
import org.tradekg.nlp.Sentence;
import org.tradekg.nlp.TextAnalyzer;
import org.tradekg.nlp.Token;

/**
 * Rule-based extraction over analysed text and the gazetteer: entities, persons' titles and
 * affiliations, meetings, trade measures, agreements and quotations, each event with the
 * sentence it came from. One instance per thread.
 */
final class RuleExtractor implements Extractor {

    private static final Set<String> MEETING = Set.of(
            "talks", "negotiations", "negotiation", "meeting", "meetings", "meet", "met", "meets", "consultations",
            "consultation", "visit", "visits", "visited", "visiting", "summit", "discussion", "discussions",
            "session", "conference", "stop-over", "stopover", "round", "mission", "trip", "call", "calls", "videoconference",
            "teleconference");
    private static final Set<String> NOT_MET_OBJECTS = Set.of(
            "complaints", "demands", "needs", "target", "targets", "requirements", "criteria", "conditions",
            "deadline", "goals", "expectations", "obligations", "commitments", "demand", "standards", "costs",
            "pressure", "pressures", "requirement", "obligation", "goal", "quota", "quotas", "payments", "debt",
            "challenge", "challenges", "competition", "shortfall", "terms");
    private static final Map<String, MeasureKind> MEASURE = measureTriggers();
    private static final Set<String> AGREEMENT = Set.of(
            "agreement", "pact", "accord", "deal", "truce", "treaty", "arrangement");
    private static final Pattern RATE = Pattern.compile(
            "(?<![\\d.,])(\\d{1,4}(?:\\.\\d+)?)\\s*(?:%|pct\\b|per\\s*cent\\b|percent\\b|percentage points?\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EFFECTIVE = Pattern.compile(
            "(?i)(take effect|takes effect|took effect|taking effect|come into force|effective|retroactive to|retroactively to"
                    + "|starting|beginning|as of|from|imposed|implemented|lifted|removed|suspended|in effect|in effect since|deadline"
                    + "|go into effect)\\s*(on|from|at|in|last|this|since)?\\s*$");
    /**
     * The measure was put in place or removed at that date: "imposed 300 mln dlrs in sanctions
     * on Japanese goods last April", "may lift sanctions later this month". Not an announcement.
     */
    private static final Pattern ACTED = Pattern.compile(
            "(?i)\\b(imposed|imposes|impose|lifted|lifts|lift|removed|remove|suspended|suspend|raised|raise|slapped|"
                    + "levied|introduced|took effect|take effect|went into effect|be lifted|be imposed|be removed)\\b"
                    + "(?![^.;]*\\b(announced|said|says|ordered|ordering|decided|told|once|when|after|because|if|which|"
                    + "that|signed|agreed|reached|since)\\b)[^.;]{0,100}$");
    private static final Pattern PAYS = Pattern.compile(
            "(?i)\\b(pay|pays|paying|face|faces|facing|faced|hit with|be hit|subject to|suffer|suffers|bear)\\b");
    private static final Pattern AFTER_PLACE = Pattern.compile(
            "(?s).*\\b(in|at)\\s+\\p{Lu}[\\p{L}.'-]*(\\s+((de|del|da|do|dos|la|le|el|al|es|of)\\s+)?\\p{Lu}[\\p{L}.'-]*){0,2},\\s*$");
    /** A verb of saying right after a subject: "Concepcion said ...". */
    private static final Pattern SPEAKER = Pattern.compile(
            "\\s*,?\\s+(said|says|told|tells|noted|notes|added|adds|argued|argues|warned|warns)\\b");
    /**
     * A verb of saying that opens reported words with a subject of their own: "said ministers
     * declared ...", "told reporters that Japan ...", not "which officials said would be held".
     */
    private static final Pattern REPORTING = Pattern.compile("\\b(said|says|told \\w+|tells \\w+)\\s+(that\\s+)?"
            + "(?!(would|will|could|might|may|was|were|is|are|had|has|have|should|it|they|the talks|the meeting)\\b)");
    /** "exports to countries other than the U.S.": the one named is left out. */
    private static final Pattern EXCEPT = Pattern.compile("(?i)\\b(other than|except|excluding|apart from|but not)\\s+(the\\s+)?$");
    /**
     * "a ban on non-basmati rice exports": a curb on exports named by lower-case words (not
     * "on Japanese exports", "on its exports", "on exports from Guyana": those are someone else's).
     */
    private static final Pattern OWN_EXPORTS = Pattern.compile(
            "\\s*(on|over)\\s+(the\\s+)?(?!(its|their|his|her)\\b)([a-z][\\w-]*\\s+){1,3}exports\\b(?!\\s+(from|to)\\b)");
    /** A venue named as where earlier rounds were: "following negotiations in Madrid, Stockholm and Geneva". */
    private static final Pattern PAST_VENUE = Pattern.compile(
            "\\b([Ff]ollowing|[Aa]fter|[Pp]revious|[Ee]arlier|[Pp]ast|[Pp]rior)\\s+(\\w+\\s+){0,3}(in|at)\\s+"
                    + "(\\p{Lu}[\\p{L}.'-]*,?\\s+)*(and\\s+)?$");
    private static final Pattern ROUND_NAME = Pattern.compile("\\s+[Rr]ound\\b");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(talks|negotiations|meeting|meetings|consultations)\\s+between\\s+");
    private static final Pattern SAID_AT = Pattern.compile(
            "\\b(said|says|told (?:reporters|journalists|a news conference)|added)"
                    + "\\s+(?:(?:in|at)\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?\\s+)?(?:on\\s+|in\\s+|at\\s+)?$");
    private static final Pattern BUSINESS = Pattern.compile(
            "(?i)\\b(acquisition|acquire|acquired|merger|merge|takeover|buyout|tender offer|stake|shares|stock|"
                    + "repurchase|financing bills|letter of intent|definitive|subsidiary|shareholders?|dividend|"
                    + "lease|licensing|joint venture)\\b");
    private static final Pattern DEADLINE = Pattern.compile("^\\s*(deadline|effective date)\\b");
    private static final Pattern EXPIRY = Pattern.compile(
            "(?i)((expire|expires|expired|expiring|expiry|lapse|lapses|run out|runs out|until|through|ends?|end on)\\s*(on|in|at|by)?"
                    + "|" + TimeResolver.EXTENSION + ")\\s*$");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|'ll|shall|to be held|scheduled|set for|set to|plans?|planned|planning|expected|due to|upcoming|"
                    + "next|tomorrow|later|prepare|intends?|would|is to|are to|to meet|to hold|to visit)\\b");
    private static final Map<String, Integer> ORDINALS = ordinals();
    private static final BigDecimal MAX_RATE = new BigDecimal(1000);
    private static final LocalDate GERMAN_UNIFICATION = LocalDate.of(1990, 10, 3);
    /** After a trigger: "on Japanese goods", "against Japan", "to China", not "up to 15%". */
    private static final Pattern TARGET = Pattern.compile(
            "^\\S*\\s+(?:[\\w%.-]+\\s+){0,6}?(on|against|(?<!up )to|over)\\s+((?:[\\w’'.-]+\\s*){1,8})");
    private static final Pattern GOVERNMENT_TITLE = Pattern.compile(
            "(?i)\\b(minister|ministry|premier|spokesman|spokeswoman|speaker|governor|parliament|diet|secretary"
                    + "|ambassador|envoy|negotiator|official|chancellor|president|director|commissioner|senator|sen\\."
                    + "|rep\\.|representative|congressman|congresswoman|lawmaker|legislator)(?=\\W|$)");

    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;
    private final NameFinder names;

    RuleExtractor(TextAnalyzer analyzer, Gazetteer gazetteer, NameFinder names) {
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
        this.names = names;
    }

    @Override
    public ArticleFacts extract(Article article) {
        try {
            return new Doc(article).run();
        } finally {
            names.endDocument();
        }
    }

    /** The state of one article's extraction. */
    private final class Doc {
        final Article article;
        final String body;
        final List<Sentence> sentences;
        final List<List<Mention>> mentions = new ArrayList<>();
        final TimeResolver time;
        final Entity here;
        /** offset after a dateline that opens the body: its date is the reference, not an event's */
        final int textStart;
        final Set<Entity> entities = new LinkedHashSet<>();
        final Map<Entity, String> titles = new LinkedHashMap<>();
        final Map<Entity, Set<Entity>> affiliations = new LinkedHashMap<>();
        final List<Event> events = new ArrayList<>();
        final Set<Entity> cites = new LinkedHashSet<>();
        // insertion-ordered: ties between equally named countries go to the one named first, the same in every run
        final Map<Entity, Integer> countryCounts = new LinkedHashMap<>();
        /** time expressions by sentence, found once: meetings, measures and agreements all ask */
        final Map<Integer, List<TimeMention>> timeMentions = new HashMap<>();
        TradeMeasure lastMeasure;
        int lastMeasureSentence = -10;
        Agreement lastAgreement;

        Doc(Article article) {
            this.article = article;
            this.body = article.body();
            this.sentences = analyzer.analyze(body);
            Dateline dateline = Dateline.parse(article.dateline() != null ? article.dateline()
                    : Dateline.fromBody(article.body()), article.published());
            this.textStart = article.dateline() != null ? 0 : Dateline.bodyStart(body);
            LocalDate ref = dateline.date() != null ? dateline.date() : article.published();
            this.time = ref == null ? null : new TimeResolver(ref);
            Entity place = dateline.place() == null ? null : gazetteer.lookup(dateline.place());
            this.here = place;
        }

        ArticleFacts run() {
            MentionFinder finder = new MentionFinder(gazetteer, body, names::names,
                    here == null ? null : gazetteer.capitalOf(here));
            Map<Entity, Entity> era = eraNames();
            for (int i = 0; i < sentences.size(); i++) {
                List<Mention> ms = finder.find(sentences.get(i), i);
                if (!era.isEmpty()) {
                    ms = ms.stream().map(m -> era.containsKey(m.entity())
                            ? new Mention(era.get(m.entity()), m.start(), m.end(), m.sentence(), m.kind()) : m).toList();
                }
                mentions.add(ms);
                for (Mention m : ms) {
                    entities.add(m.entity());
                    if (m.entity().type() == EntityType.COUNTRY) {
                        countryCounts.merge(m.entity(), 1, Integer::sum);
                    }
                }
            }
            for (int i = 0; i < sentences.size(); i++) {
                roles(i);
            }
            for (int i = 0; i < sentences.size(); i++) {
                cites(i);
                meetings(i);
                measures(i);
                agreements(i);
            }
            quotes();
            Entity publisher = null;
            if (article.publisher() != null) {
                Entity known = gazetteer.lookup(article.publisher());
                publisher = known != null ? known : Entity.unlinked(EntityType.ORGANIZATION, article.publisher());
                entities.add(publisher);
            }
            for (Event e : events) {
                addEntities(e);
            }
            return new ArticleFacts(article, entities, titles, affiliations, events, cites, publisher);
        }

        /**
         * Names that meant another state when the article was written: before German unification
         * (3 October 1990) "Germany" and "German" in the news meant West Germany.
         */
        private Map<Entity, Entity> eraNames() {
            LocalDate when = article.published() != null ? article.published()
                    : time == null ? null : time.reference();
            Entity germany = gazetteer.byLabel("Germany");
            Entity west = gazetteer.byLabel("West Germany");
            if (when == null || germany == null || west == null || !when.isBefore(GERMAN_UNIFICATION)) {
                return Map.of();
            }
            return Map.of(germany, west);
        }

        private void addEntities(Event e) {
            if (e instanceof Meeting m) {
                entities.addAll(m.participants());
                entities.addAll(m.parties());
                if (m.location() != null) {
                    entities.add(m.location());
                }
            } else if (e instanceof TradeMeasure t) {
                if (t.imposedBy() != null) {
                    entities.add(t.imposedBy());
                }
                if (t.target() != null) {
                    entities.add(t.target());
                }
            } else if (e instanceof Agreement a) {
                entities.addAll(a.parties());
            } else if (e instanceof Statement s && s.speaker() != null) {
                entities.add(s.speaker());
            }
        }

        // ---- persons: titles and affiliations ----

        private void roles(int si) {
            Sentence s = sentences.get(si);
            List<Token> toks = s.tokens();
            for (Mention m : mentions.get(si)) {
                if (m.entity().type() != EntityType.PERSON || m.entity().label().split(" ").length < 2
                        && m.kind() != Mention.Kind.NAME) {
                    continue;
                }
                int first = tokenAt(toks, m.start());
                int last = tokenEndingAt(toks, m.end());
                if (first < 0 || last < 0) {
                    continue;
                }
                Set<Entity> actors = new LinkedHashSet<>();
                String title = premodifier(si, toks, first, actors);
                if (title == null) {
                    title = apposition(si, toks, last, actors);
                }
                if (title != null && !titles.containsKey(m.entity())) {
                    titles.put(m.entity(), title);
                }
                if (actors.isEmpty()) {
                    Entity c = gazetteer.countryOf(m.entity());
                    if (c != null) {
                        actors.add(c);
                    }
                }
                if (actors.isEmpty()) {
                    Entity c = groupCountry(si, m.start());
                    if (c != null) {
                        actors.add(c);
                    }
                }
                if (actors.stream().noneMatch(a -> a.type() == EntityType.COUNTRY) && title != null
                        && homeCountry() != null && GOVERNMENT_TITLE.matcher(title).find()
                        && actors.stream().allMatch(a -> gazetteer.countryOf(a) == null && !isBloc(a))
                        && !namesForeignSide(si, homeCountry())) {
                    // "Foreign Ministry spokesman X" in a story filed from Tokyo speaks for Japan
                    actors.add(homeCountry());
                }
                if (!actors.isEmpty()) {
                    Set<Entity> known = affiliations.computeIfAbsent(m.entity(), k -> new LinkedHashSet<>());
                    for (Entity a : actors) {
                        known.add(a);
                        entities.add(a);
                    }
                }
            }
        }

        /** "Chinese Vice Premier He Lifeng", "MITI vice minister Makoto Kuroda": the title before a name. */
        private String premodifier(int si, List<Token> toks, int first, Set<Entity> actors) {
            int k = first - 1;
            boolean comma = false;
            if (k >= 1 && toks.get(k).text().equals(",") && MentionFinder.isTitleWord(toks.get(k - 1).text())) {
                // "his Trade and Industry Minister, Hajime Tamura"
                k--;
                comma = true;
            }
            int start = -1;
            boolean head = false;
            while (k >= 0) {
                Token t = toks.get(k);
                String w = t.text();
                String lw = w.toLowerCase(Locale.ROOT);
                Mention inside = mentionAt(si, t.start());
                if (inside != null && inside.entity().type() == EntityType.PERSON) {
                    break;
                }
                if (lw.equals("and") && !(k > 0 && Lexicon.TITLE_WORDS.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT))
                        && Character.isUpperCase(toks.get(k - 1).text().charAt(0)))) {
                    break;
                }
                if (inside != null) {
                    start = tokenAt(toks, inside.start());
                    k = start - 1;
                    continue;
                }
                if (Lexicon.TITLE_HEADS.contains(lw) || MentionFinder.isTitleWord(w)) {
                    head = true;
                    start = k;
                } else if (MentionFinder.splitAbbreviation(toks, k)) {
                    head = true;
                    start = k - 1;
                    k--;
                } else if (Lexicon.TITLE_WORDS.contains(lw) && !lw.equals("the")
                        || Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !Lexicon.NOT_NAMES.contains(w)
                        && "PROPN NOUN ADJ".contains(sentences.get(si).pos(k))) {
                    start = k;
                } else {
                    break;
                }
                k--;
            }
            if (!head || start < 0) {
                return null;
            }
            while (start < first && toks.get(start).text().matches("(?i)of|and|for|the")) {
                start++;
            }
            int end = comma ? first - 2 : first - 1;
            if (end < start) {
                return null;
            }
            int from = toks.get(start).start();
            int to = toks.get(end).end();
            collectActors(si, from, to, actors);
            return clean(body.substring(from, to));
        }

        /** "Shigeru Muraoka, director-general of international trade policy of ...": the title after a name. */
        private String apposition(int si, List<Token> toks, int last, Set<Entity> actors) {
            if (last + 2 >= toks.size() || !toks.get(last + 1).text().equals(",")) {
                return null;
            }
            int k = last + 2;
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (w.matches("the|a|an")) {
                k++;
            }
            if (k >= toks.size()) {
                return null;
            }
            String first = toks.get(k).text();
            String lw = first.toLowerCase(Locale.ROOT);
            boolean titleStart = Lexicon.TITLE_HEADS.contains(lw) || Lexicon.TITLE_WORDS.contains(lw) && !lw.matches("the|and|for")
                    || mentionAt(si, toks.get(k).start()) != null && toks.size() > k + 1
                    && Lexicon.TITLE_HEADS.contains(toks.get(k + 1).text().toLowerCase(Locale.ROOT));
            if (!titleStart || Character.isUpperCase(first.charAt(0)) && mentionAt(si, toks.get(k).start()) == null
                    && !Lexicon.TITLE_HEADS.contains(lw) && !Lexicon.TITLE_WORDS.contains(lw)) {
                return null;
            }
            int end = k;
            while (end + 1 < toks.size()) {
                String t = toks.get(end + 1).text();
                if (t.equals(",") || t.equals(";") || t.equals(".") || t.equals(":") || isQuote(t)
                        || Lexicon.SAY_VERBS.contains(t)) {
                    break;
                }
                end++;
            }
            int from = toks.get(k).start();
            int to = toks.get(end).end();
            collectActors(si, from, to, actors);
            String title = clean(body.substring(from, to));
            return title.isEmpty() || title.split(" ").length > 16 ? null : title;
        }

        /** The sentence names a country other than this one, or a bloc: its officials may be theirs. */
        private boolean namesForeignSide(int si, Entity home) {
            return mentions.get(si).stream().anyMatch(m -> m.entity().type() == EntityType.COUNTRY
                    && !m.entity().equals(home) || isBloc(m.entity())
                    // "the Ontario Parliament" in a story from Washington
                    || m.entity().type() == EntityType.PLACE && gazetteer.countryOf(m.entity()) != null
                    && !gazetteer.countryOf(m.entity()).equals(home));
        }

        /** The country whose capital the story was filed from, or null. */
        private Entity homeCountry() {
            return here == null ? null : gazetteer.capitalOf(here);
        }

        /** Countries and organisations named inside a title; an organisation brings its country. */
        private void collectActors(int si, int from, int to, Set<Entity> actors) {
            boolean hasOrg = mentions.get(si).stream().anyMatch(m -> m.start() >= from && m.end() <= to
                    && m.entity().type() == EntityType.ORGANIZATION);
            for (Mention m : mentions.get(si)) {
                if (hasOrg && m.entity().type() == EntityType.COUNTRY) {
                    // "director of the Japan office of the U.S. Trade Representative's Office": the organisation decides
                    continue;
                }
                if (m.start() >= from && m.end() <= to) {
                    Entity e = m.entity();
                    if (e.type() == EntityType.COUNTRY) {
                        actors.add(e);
                    } else if (e.type() == EntityType.ORGANIZATION) {
                        Entity c = gazetteer.countryOf(e);
                        if (body.substring(m.start(), m.end()).matches("\\p{Lu}\\p{Ll}+")
                                && c != null && homeCountry() != null && !c.equals(homeCountry())) {
                            // a bare "House" or "Senate" in a story from another capital is that country's own
                            continue;
                        }
                        actors.add(e);
                        if (c != null) {
                            actors.add(c);
                        }
                    }
                }
            }
        }

        /** "The Japanese aides here ... include X": the country of a group named before the person. */
        private Entity groupCountry(int si, int before) {
            Entity found = null;
            for (Mention m : mentions.get(si)) {
                if (m.start() >= before) {
                    break;
                }
                if (m.kind() == Mention.Kind.ADJECTIVE || m.entity().type() == EntityType.COUNTRY) {
                    String after = body.substring(m.end(), Math.min(body.length(), m.end() + 40)).toLowerCase(Locale.ROOT);
                    String between = body.substring(m.end(), before).toLowerCase(Locale.ROOT);
                    if (after.matches("(?s)\\s*(government\\s+)?(officials?|aides?|delegation|delegates|negotiators?|side|team|envoys?|ministers?|diplomats?).*")
                            && between.matches("(?s).*\\b(include|includes|including|included|led by|headed by|such as|among them|are|were)\\b.*")) {
                        found = m.entity();
                    }
                }
            }
            return found;
        }

        // ---- meetings ----

        private void meetings(int si) {
            Sentence s = sentences.get(si);
            List<Token> toks = s.tokens();
            List<Integer> triggers = new ArrayList<>();
            for (int i = 0; i < toks.size(); i++) {
                String w = toks.get(i).text().toLowerCase(Locale.ROOT);
                if (!MEETING.contains(w) || insideMention(si, toks.get(i).start())) {
                    continue;
                }
                if (w.startsWith("meet") && i + 1 < toks.size() && notMeetingObject(toks, i + 1)) {
                    continue;
                }
                String lead = body.substring(Math.max(s.start(), toks.get(i).start() - 25), toks.get(i).start())
                        .toLowerCase(Locale.ROOT);
                if (lead.matches("(?s).*\\b(news|press)\\s+$") || lead.matches("(?s).*\\bno\\s+(\\w+\\s+)?$")
                        || lead.matches("(?s).*\\b(told|addressed|address|addressing|telling)\\s+(the|a|an)\\s+(\\w+\\s+)?$")) {
                    // a news conference, "no negotiations", "told a meeting of businessmen": no talks between sides
                    continue;
                }
                if (w.equals("round") && !(i > 0 && ORDINALS.containsKey(toks.get(i - 1).text().toLowerCase(Locale.ROOT))
                        || i + 1 < toks.size() && toks.get(i + 1).text().equals("of"))) {
                    continue;
                }
                if (w.startsWith("call") && !(i > 0 && toks.get(i - 1).text().toLowerCase(Locale.ROOT)
                        .matches("phone|telephone|video|virtual|conference|hour-long|hourlong|lengthy|\\d+-minute")
                        || i + 1 < toks.size() && toks.get(i + 1).text().equals("with") && s.pos(i).equals("NOUN"))) {
                    continue;
                }
                if (w.equals("session") && !s.text().toLowerCase(Locale.ROOT).matches(
                        "(?s).*\\b(online|virtual|negotiating|joint|plenary|today's|tomorrow's|final|opening|closing|"
                                + "first|second|third|last|morning|afternoon|evening) session.*")) {
                    continue;
                }
                triggers.add(i);
            }
            if (triggers.isEmpty()) {
                return;
            }
            // "Concepcion, speaking at a meeting here, said ministers declared in Uruguay last
            // September ...": what follows the verb of saying is what was said, not the meeting's
            int reported = reportedFrom(s, toks.get(triggers.get(triggers.size() - 1)).end());
            List<Entity> participants = new ArrayList<>();
            List<Entity> parties = new ArrayList<>();
            List<Entity> places = new ArrayList<>();
            Set<Entity> pastVenues = new HashSet<>();
            boolean travel = s.text().matches("(?is).*\\b(visit\\w*|trip|mission|travel\\w*|flew|fly|flies|flying|go|goes|going|went|come|comes|coming|came|arriv\\w*|stop-?over|leaves?|left|sets? out|head\\w*)\\b.*");
            for (Mention m : mentions.get(si)) {
                Entity e = m.entity();
                if (m.start() >= reported) {
                    continue;
                }
                String before = wordBefore(m.start());
                if (insideQuote(m.start()) && !(before.matches("in|at") && e.type() != EntityType.PERSON)) {
                    continue;
                }
                if (afterSaying(m.start()) && before.matches("in|at|on")) {
                    // "..., Button said in Canberra": where it was said, not where they meet (but "officials
                    // said Japan would ask for talks": Japan is a side)
                    continue;
                }
                if (ROUND_NAME.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 8)).lookingAt()) {
                    // "the Uruguay Round", "the Tokyo Round": the name of a round of talks, neither side nor venue
                    continue;
                }
                boolean possessive = body.startsWith("'s", m.end()) || body.startsWith("’s", m.end())
                        || body.substring(m.start(), m.end()).matches("(?s).*['’]s");
                // "in Apulia, Italy", "in Punta del Este, Uruguay": a country after a place named after
                // "in" is where, not who
                boolean afterPlace = AFTER_PLACE.matcher(body.substring(Math.max(s.start(), m.start() - 40), m.start()))
                        .matches();
                if (afterPlace && e.type() == EntityType.COUNTRY && placeBefore(si, m)) {
                    // the country of a place already found: the place says where
                    continue;
                }
                boolean locative = !possessive && (before.matches("in|at|here|near") || afterPlace
                        || before.matches("to|visit|visits|visited|visiting") && travel
                        || e.type() == EntityType.PLACE && !before.matches("from") && !afterVerb(si, m)
                        && !body.startsWith("-based", m.end()));
                if (e.type() == EntityType.PERSON) {
                    if (!nearTrigger(toks, triggers, m)) {
                        continue;
                    }
                    add(participants, e);
                    Entity side = actorOf(e);
                    if (side != null) {
                        add(parties, side);
                    }
                } else if (locative && (e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY)
                        && m.kind() != Mention.Kind.ADJECTIVE && m.kind() != Mention.Kind.METONYM) {
                    add(places, e);
                    if (PAST_VENUE.matcher(body.substring(Math.max(s.start(), m.start() - 100), m.start())).find()) {
                        // "following negotiations in Madrid, Stockholm and Geneva": rounds already held
                        pastVenues.add(e);
                    }
                } else if (e.type() == EntityType.COUNTRY && !peopleModifier(m)) {
                    add(parties, e);
                } else if (isBloc(e) && coordinated(m)) {
                    add(parties, e);
                }
            }
            for (Entity p : pronounPersons(si)) {
                add(participants, p);
                Set<Entity> aff = affiliations.get(p);
                if (aff != null) {
                    aff.stream().filter(a -> a.type() == EntityType.COUNTRY).forEach(a -> add(parties, a));
                }
            }
            if (here != null && s.text().matches("(?s).*\\bhere\\b.*")) {
                add(places, here);
                entities.add(here);
            }
            // "talks between the U.S. and Japan": exactly those two are the sides
            List<Entity> between = sidesBetween(si);
            if (between.size() == 2) {
                parties.clear();
                parties.addAll(between);
            }
            // a country that is where the meeting happens is not also a side
            parties.removeIf(p -> places.contains(p) && !participantsCountries(participants).contains(p));
            if (parties.isEmpty() && s.text().matches("(?is).*\\b(the two sides|both sides|the sides|the two countries|both countries)\\b.*")) {
                topCountries().forEach(c -> add(parties, c));
            }
            List<TimeMention> dates = dates(si, true).stream().filter(d -> d.start() < reported).toList();
            Integer round = null;
            for (int t : triggers) {
                if (toks.get(t).text().equalsIgnoreCase("round") && t > 0) {
                    round = ORDINALS.get(toks.get(t - 1).text().toLowerCase(Locale.ROOT));
                }
            }
            boolean cancelled = s.text().matches("(?is).*\\b(cancel|cancels|cancelled|canceled|cancelling|canceling|called off|postponed)\\b.*");
            boolean future = FUTURE.matcher(s.text()).find();
            if (participants.isEmpty() && parties.isEmpty() && places.isEmpty() && dates.isEmpty()) {
                return;
            }
            List<Entity> locations = places.isEmpty() ? java.util.Collections.singletonList(null) : places;
            List<TimeMention> when = dates.isEmpty() ? java.util.Collections.singletonList(null) : distinctDates(dates);
            for (Entity place : locations) {
                for (TimeMention d : when) {
                    Status status = cancelled ? Status.CANCELLED
                            : d != null && time != null ? (d.date().compareTo(DateValue.of(time.reference())) > 0
                            || future && d.date().precision() != DateValue.Precision.DAY ? Status.PLANNED : Status.HELD)
                            : future && !pastVenues.contains(place) ? Status.PLANNED : Status.HELD;
                    String label = "Meeting" + labelPart(parties, participants)
                            + (place != null ? " in " + place.label() : "") + (d != null ? ", " + d.date().iso() : "");
                    boolean first = place == locations.get(0);
                    events.add(new Meeting(label, s.text(), participants, parties, place,
                            d == null ? null : d.date(), d == null ? null : d.endDate(), first ? round : null, status));
                }
            }
        }

        /** True when a place mention stands just before {@code m}, a comma between: "Geneva, Switzerland". */
        private boolean placeBefore(int si, Mention m) {
            for (Mention p : mentions.get(si)) {
                if (p.entity().type() == EntityType.PLACE && p.end() <= m.start()
                        && body.substring(p.end(), m.start()).matches("\\s*,\\s*")) {
                    return true;
                }
            }
            return false;
        }

        /** The two sides of "between X and Y" in a sentence, when both are countries or blocs. */
        private List<Entity> sidesBetween(int si) {
            Matcher m = BETWEEN.matcher(sentences.get(si).text());
            if (!m.find()) {
                return List.of();
            }
            int from = sentences.get(si).start() + m.end();
            List<Entity> out = new ArrayList<>();
            for (Mention x : mentions.get(si)) {
                if (x.start() < from || out.size() == 2) {
                    continue;
                }
                Entity a = actorOf(x.entity());
                if (a != null && (a.type() == EntityType.COUNTRY || isBloc(a)) && !out.contains(a)) {
                    out.add(a);
                }
                if (!body.substring(from, x.end()).matches("(?s)[^,;]*")) {
                    break;
                }
            }
            return out;
        }

        /** "said in Canberra last Friday", "told reporters on Monday": the circumstances of the saying. */
        /**
         * Where the words reported by a verb of saying begin, when that verb follows {@code from}
         * ("..., said ministers declared ..."); the sentence's end otherwise.
         */
        private int reportedFrom(Sentence s, int from) {
            Matcher m = REPORTING.matcher(body).region(from, s.end());
            return m.find() ? m.end() : s.end();
        }

        private boolean afterSaying(int pos) {
            String before = body.substring(Math.max(0, pos - 45), pos);
            return SAID_AT.matcher(before).find();
        }

        /** A person before a trigger (its subject) or within a few words after it takes part. */
        private boolean nearTrigger(List<Token> toks, List<Integer> triggers, Mention m) {
            int at = tokenAt(toks, m.start());
            int end = tokenEndingAt(toks, m.end());
            for (int k = end + 1; k < toks.size() && k <= end + 2; k++) {
                if (Lexicon.SAY_VERBS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
                    // "X said (recently) ... talks": the one who reports is not thereby at the table,
                    // unless X speaks of talks just held: "X said after talks with Y"
                    String after = body.substring(toks.get(k).end(), Math.min(body.length(), toks.get(k).end() + 40));
                    if (!after.matches("(?s)^\\s*(after|following|at the end of|at the close of|during|at)\\b.*")) {
                        return false;
                    }
                }
            }
            for (int t : triggers) {
                if (at < t || at - t <= 20) {
                    return true;
                }
                // "the talks include A, ..., and B", "talks between A and B", "headed by A"
                String between = body.substring(toks.get(t).end(), m.start()).toLowerCase(Locale.ROOT);
                if (between.matches("(?s).*\\b(include|includes|including|between|headed by|led by|attended by|joined by|with)\\b.*")
                        && !between.matches("(?s).*[.;:].*")) {
                    return true;
                }
            }
            return false;
        }

        /** "on Sunday, July 27": two expressions of one day make one meeting. */
        private List<TimeMention> distinctDates(List<TimeMention> dates) {
            Map<DateValue, TimeMention> byDate = new LinkedHashMap<>();
            dates.forEach(d -> byDate.putIfAbsent(d.date(), d));
            return List.copyOf(byDate.values());
        }

        private Set<Entity> participantsCountries(List<Entity> participants) {
            Set<Entity> out = new LinkedHashSet<>();
            for (Entity p : participants) {
                Set<Entity> aff = affiliations.get(p);
                if (aff != null) {
                    out.addAll(aff);
                }
            }
            return out;
        }

        private boolean notMeetingObject(List<Token> toks, int k) {
            for (int j = k; j < Math.min(toks.size(), k + 4); j++) {
                if (NOT_MET_OBJECTS.contains(toks.get(j).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        // ---- trade measures ----

        private void measures(int si) {
            Sentence s = sentences.get(si);
            List<Token> toks = s.tokens();
            int lastTrigger = -10;
            Map<Integer, MeasureKind> triggers = new LinkedHashMap<>();
            for (int i = 0; i < toks.size(); i++) {
                String w = toks.get(i).text().toLowerCase(Locale.ROOT);
                MeasureKind kind = MEASURE.get(w);
                if (kind == null || insideMention(si, toks.get(i).start()) || usedAsVerb(toks, i)) {
                    continue;
                }
                if (w.startsWith("boycott") && i > 0 && toks.get(i - 1).text().toLowerCase(Locale.ROOT)
                        .matches("parliamentary|legislative|opposition|election|electoral|olympic|games|student|union")) {
                    // "a parliamentary boycott by opposition parties": politics, not a trade measure
                    continue;
                }
                if (w.equals("retaliation") && i > 0 && toks.get(i - 1).text().equalsIgnoreCase("in")) {
                    // "in retaliation for ...": the reason for a measure, not another one
                    continue;
                }
                int[] quote = quoteAround(toks.get(i).start());
                if (quote != null && !RATE.matcher(body.substring(quote[0], quote[1])).find()) {
                    // "they have very high tariffs," he wrote: talk of tariffs, kept as the quote, not a measure
                    continue;
                }
                if (w.equals("control")) {
                    // "its export control list"; "control" alone is no measure
                    if (!(i > 0 && toks.get(i - 1).text().equalsIgnoreCase("export"))) {
                        continue;
                    }
                } else if (w.equals("controls") || w.equals("restrictions") || w.equals("curbs") || w.equals("ban")) {
                    String before = i > 0 ? toks.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
                    String after = body.substring(toks.get(i).end(), Math.min(s.end(), toks.get(i).end() + 40))
                            .toLowerCase(Locale.ROOT);
                    String window = s.text().toLowerCase(Locale.ROOT);
                    if (before.equals("export") || after.matches("(?s)^\\s*(on|over)\\s+(the\\s+)?(exports? of|sales of|"
                            + "shipments of|(critical\\s+)?(technology|technologies|chips|semiconductors|rare|high-tech)"
                            + ").*") || OWN_EXPORTS.matcher(body).region(toks.get(i).end(), s.end()).lookingAt()) {
                        // "export controls", "curbs over rare-earth elements", "restrictions on exports of technology"
                        kind = MeasureKind.EXPORT_CONTROL;
                    } else if (window.matches("(?s).*\\b(import|imports|trade|exports?|tariffs?|goods|market)\\b.*")) {
                        // "import controls", "curbs on its exports": a curb on what comes in
                        kind = MeasureKind.SANCTION;
                    } else {
                        continue;
                    }
                }
                if (i - lastTrigger <= 3) {
                    // "anti-dumping duties", "tariffs or duties": one measure
                    continue;
                }
                lastTrigger = i;
                triggers.put(i, kind);
            }
            List<Integer> starts = triggers.keySet().stream().map(i -> toks.get(i).start()).toList();
            triggers.forEach((i, kind) -> measure(si, toks, i, kind, starts));
        }

        /** "started to levy a bond", "would ban imports": the trigger word is a verb here, not a measure. */
        private boolean usedAsVerb(List<Token> toks, int i) {
            String prev = i > 0 ? toks.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
            String next = i + 1 < toks.size() ? toks.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
            return prev.matches("to|will|would|could|may|might|should|must|shall|can|cannot|not")
                    || next.matches("a|an|the|its|their|all|any|some|imports?|exports?");
        }

        /** How far a date is from a measure's trigger; a date before its measure is rarer, so counts triple. */
        private int reach(int trigger, int date) {
            return date >= trigger ? date - trigger : (trigger - date) * 3;
        }

        /**
         * One measure at a trigger; {@code allTriggers} are the offsets of the sentence's measures,
         * so that a date goes to the nearest one.
         */
        private void measure(int si, List<Token> toks, int trig, MeasureKind kind, List<Integer> allTriggers) {
            Sentence s = sentences.get(si);
            int trigStart = toks.get(trig).start();
            Entity imposer = null;
            Entity target = null;
            String goods = null;
            // the modifier right before the trigger ("U.S. sanctions", "Japan's ban") imposes it
            for (Mention m : mentions.get(si)) {
                if (m.end() <= trigStart && trigStart - m.end() <= 30 && actor(m) != null
                        && !body.substring(m.end(), trigStart).matches("(?s).*\\b(on|against|to|of|from|with|for|and|or|but)\\b.*")
                        && !body.substring(m.end(), trigStart).matches("(?s).*[,;].*")
                        && !SPEAKER.matcher(body).region(m.end(), trigStart).lookingAt()) {
                    imposer = actor(m);
                }
            }
            // the target: "on Japanese goods", "against Japan", "on imports of Japanese electrical goods"
            Matcher on = TARGET.matcher(body.substring(trigStart, s.end()));
            if (on.find()) {
                int from = trigStart + on.start(2);
                int to = trigStart + on.end(2);
                for (Mention m : mentions.get(si)) {
                    if (m.start() >= from && m.start() < to && actor(m) != null && !leftOut(m)) {
                        target = actor(m);
                        break;
                    }
                }
                if (on.group(1).equals("on") || on.group(1).equals("over")) {
                    goods = goods(body.substring(from, to));
                }
            }
            boolean speakerImposes = false;
            if (imposer == null) {
                imposer = subject(si, trigStart, target);
                Mention said = imposer == null ? null : lastActorMention(si, trigStart, imposer);
                speakerImposes = said != null && SPEAKER.matcher(body).region(said.end(), trigStart).lookingAt();
            }
            if (imposer == null && target != null) {
                // "the US and China agreed to a truce, pausing 145% tariffs on Chinese goods": the other one
                imposer = partnerOf(si, target, trigStart);
            }
            Mention payer = imposer == null ? null : lastActorMention(si, trigStart, imposer);
            if (payer != null && PAYS.matcher(body.substring(payer.end(), trigStart)).find()) {
                // "India will pay a 25% tariff", "Japan faces sanctions": the subject bears the measure
                Entity bearer = imposer;
                imposer = otherActor(si, bearer);
                target = target == null || target.equals(imposer) ? bearer : target;
            }
            boolean anaphoric = body.substring(Math.max(s.start(), trigStart - 20), trigStart)
                    .matches("(?is).*\\b(the|these|those|such|its|their|his)\\s+(\\S+\\s+){0,3}$");
            if (anaphoric && speakerImposes && lastMeasure != null && lastMeasure.imposedBy() != null) {
                // "Concepcion said while the levy might be rejected": the speaker comments on the levy
                // named before, whose imposer it keeps
                imposer = null;
            }
            Entity named = imposer;
            if (lastMeasure != null && (anaphoric || imposer == null && lastMeasure.imposedBy() != null
                    && si - lastMeasureSentence <= 1 && (target == null || target.equals(lastMeasure.target()))
                    && !namesOtherCountries(si, target))) {
                if (imposer == null) {
                    imposer = lastMeasure.imposedBy();
                }
                // "India lifted its ban": a measure of another imposer than the last one is not the last one's
                if (target == null && !java.util.Objects.equals(imposer, lastMeasure.target())
                        && (named == null || named.equals(lastMeasure.imposedBy()))) {
                    target = lastMeasure.target();
                }
            }
            if (target != null && target.equals(imposer)) {
                target = null;
            }
            if (imposer != null && target == null) {
                Set<Entity> others = new LinkedHashSet<>();
                for (Mention m : mentions.get(si)) {
                    if (m.entity().type() == EntityType.COUNTRY && !m.entity().equals(imposer) && !insideQuote(m.start())
                            && !wordBefore(m.start()).matches("in|at|from|to|into") && !leftOut(m)
                            && !(m.start() > trigStart && followedByVerb(si, m))) {
                        // "..., and Washington threatened tariffs": the subject of another clause is no target
                        others.add(m.entity());
                    }
                }
                if (others.size() == 1) {
                    target = others.iterator().next();
                }
            }
            BigDecimal rate = kind == MeasureKind.TARIFF ? rate(s, trigStart) : null;
            DateValue effective = null;
            DateValue expiry = null;
            for (TimeMention t : dates(si, false)) {
                String before = body.substring(s.start(), t.start());
                int mine = reach(trigStart, t.start());
                if (allTriggers.stream().anyMatch(o -> reach(o, t.start()) < mine)) {
                    // "tariffs of 15%, effective March 10, after new U.S. duties took effect": the nearer measure's
                    continue;
                }
                if (EFFECTIVE.matcher(before).find() || DEADLINE.matcher(body.substring(t.end(), s.end())).find()
                        || ACTED.matcher(before).find()) {
                    effective = t.date();
                } else if (EXPIRY.matcher(before).find()) {
                    expiry = t.date();
                }
            }
            // the words around the trigger decide, not a verb in another clause of the sentence
            Status status = measureStatus(body.substring(Math.max(s.start(), trigStart - 60),
                    Math.min(s.end(), trigStart + 40)));
            if (imposer == null && target == null && rate == null && effective == null) {
                return;
            }
            String label = kind.localName() + (imposer != null ? " by " + imposer.label() : "")
                    + (target != null ? " on " + target.label() : "") + (rate != null ? " (" + rate.toPlainString() + "%)" : "");
            TradeMeasure m = new TradeMeasure(kind, label, s.text(), imposer, target, rate, goods, effective, expiry,
                    null, status);
            events.add(m);
            lastMeasure = m;
            lastMeasureSentence = si;
        }

        /** A measure's rate: "100% import surtax", "tariffs of 100 per cent", not "up from five per cent". */
        private BigDecimal rate(Sentence s, int trigStart) {
            Matcher m = RATE.matcher(body.substring(s.start(), s.end()));
            BigDecimal best = null;
            int bestDist = Integer.MAX_VALUE;
            while (m.find()) {
                int at = s.start() + m.start();
                String before = body.substring(Math.max(s.start(), at - 25), at).toLowerCase(Locale.ROOT);
                String after = body.substring(s.start() + m.end(), Math.min(s.end(), s.start() + m.end() + 20)).toLowerCase(Locale.ROOT);
                if (before.matches("(?s).*\\b(from|about|by|was|were|previous|current|existing)\\s+$")
                        || before.matches("(?s).*\\bup from (about )?$")
                        || after.matches("(?s)^\\s*(rise|increase|fall|drop|decline|cut|of (the|its) |share|stake|growth|gain).*")) {
                    continue;
                }
                int dist = Math.abs(at - trigStart);
                BigDecimal value = new BigDecimal(m.group(1));
                // no tariff has ever been 1,000 percent: a larger figure is a misreading
                if (dist < bestDist && dist < 60 && value.compareTo(MAX_RATE) <= 0) {
                    bestDist = dist;
                    best = value;
                }
            }
            return best;
        }

        private Status measureStatus(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            if (t.matches("(?s).*\\b(lift|lifts|lifted|lifting|remove|removed|removes|scrap|scrapped|eliminate|eliminated|rescind|rescinded|end|ended|repeal|repealed|drop|dropped)\\b.*")) {
                return Status.LIFTED;
            }
            if (t.matches("(?s).*\\b(pause|paused|pausing|suspend|suspended|suspending|delay|delayed|postpone|postponed|truce|freeze|frozen)\\b.*")) {
                return Status.SUSPENDED;
            }
            if (t.matches("(?s).*\\b(threat|threats|threaten|threatened|threatens|threatening|warn|warned|warns|"
                    + "could|would|might|may|possible|consider|considering|prepared to|ready to|preparing|prepares|prepare|"
                    + "drawing up|draw up|draws up|weighing|weighs|mulling|vow|vowed|vows|pledged to|promised|plans to|"
                    + "planned|planning|proposed|proposes|propose)\\b.*")) {
                return Status.THREATENED;
            }
            return Status.IMPOSED;
        }

        /** The actor doing something before a position: the last country, organisation or person before it. */
        private Entity subject(int si, int before, Entity exclude) {
            Entity found = null;
            for (Mention m : mentions.get(si)) {
                if (m.end() > before) {
                    break;
                }
                String prev = wordBefore(m.start());
                if (prev.matches("on|against|of|from|to|with|in|at|over|into") || insideQuote(m.start())
                        || afterAdposition(si, m)) {
                    // "pressure on Japan", "do not single out Japan": an object, not who acts
                    continue;
                }
                if (m.kind() == Mention.Kind.ADJECTIVE && !body.substring(m.end(), Math.min(body.length(), m.end() + 20))
                        .matches("(?s)\\s*(government|administration|authorities|officials).*")) {
                    continue;
                }
                Entity a = actor(m);
                if (a != null && !a.equals(exclude)) {
                    // "the United States and Japan could work out ...": a pair names no single imposer
                    found = coordinatedCountries(m) ? null : a;
                }
            }
            if (found == null) {
                for (Entity p : pronounPersons(si)) {
                    Entity a = actorOf(p);
                    if (a != null && !a.equals(exclude)) {
                        return a;
                    }
                }
            }
            return found;
        }

        /** True when a verb comes right before the mention: its object ("refused to recognise West Berlin"). */
        private boolean afterVerb(int si, Mention m) {
            Sentence s = sentences.get(si);
            int k = tokenAt(s.tokens(), m.start());
            return k > 0 && s.pos(k - 1).equals("VERB");
        }

        /** True when a verb follows the mention: it is the subject of a clause ("Washington threatened"). */
        private boolean followedByVerb(int si, Mention m) {
            Sentence s = sentences.get(si);
            int k = tokenEndingAt(s.tokens(), m.end());
            return k >= 0 && k + 1 < s.tokens().size() && (s.pos(k + 1).equals("VERB") || s.pos(k + 1).equals("AUX"));
        }

        /** "countries other than the U.S.": a mention the sentence leaves out. */
        private boolean leftOut(Mention m) {
            return EXCEPT.matcher(body.substring(Math.max(0, m.start() - 20), m.start())).find();
        }

        /**
         * True when the token before the mention is an adposition ("out" in "single out Japan"),
         * other than the "by" of a passive's agent ("set by Washington").
         */
        private boolean afterAdposition(int si, Mention m) {
            Sentence s = sentences.get(si);
            int k = tokenAt(s.tokens(), m.start());
            return k > 0 && s.pos(k - 1).equals("ADP") && !s.tokens().get(k - 1).text().equalsIgnoreCase("by");
        }

        /** The country coordinated with this one before a position ("X and Y ..."), or null. */
        private Entity partnerOf(int si, Entity country, int before) {
            for (Mention m : mentions.get(si)) {
                if (m.end() > before || !country.equals(m.entity()) || !coordinatedCountries(m)) {
                    continue;
                }
                for (Mention o : mentions.get(si)) {
                    if (o != m && o.entity().type() == EntityType.COUNTRY && !o.entity().equals(country)
                            && o.end() <= before && coordinatedCountries(o)) {
                        return o.entity();
                    }
                }
            }
            return null;
        }

        /** The sentence names a country other than the target: it has its own sides, not the last measure's. */
        private boolean namesOtherCountries(int si, Entity target) {
            return mentions.get(si).stream().anyMatch(m -> m.entity().type() == EntityType.COUNTRY
                    && !m.entity().equals(target) && m.kind() != Mention.Kind.ADJECTIVE);
        }

        /** The last mention before a position whose actor is this one. */
        private Mention lastActorMention(int si, int before, Entity actor) {
            Mention found = null;
            for (Mention m : mentions.get(si)) {
                if (m.end() <= before && actor.equals(actor(m))) {
                    found = m;
                }
            }
            return found;
        }

        /** Another side of the sentence: the country of a person in it, else another country. */
        private Entity otherActor(int si, Entity not) {
            Entity country = null;
            for (Mention m : mentions.get(si)) {
                Entity a = actor(m);
                if (a == null || a.equals(not) || m.kind() == Mention.Kind.ADJECTIVE) {
                    continue;
                }
                if (m.entity().type() == EntityType.PERSON) {
                    return a;
                }
                if (country == null) {
                    country = a;
                }
            }
            return country;
        }

        /** "X and Y", "Y and X" with two countries: neither alone is the subject. */
        private boolean coordinatedCountries(Mention m) {
            if (m.entity().type() != EntityType.COUNTRY) {
                return false;
            }
            for (Mention o : mentions.get(m.sentence())) {
                if (o == m || o.entity().type() != EntityType.COUNTRY || o.entity().equals(m.entity())) {
                    continue;
                }
                String between = o.end() <= m.start() ? body.substring(o.end(), m.start())
                        : m.end() <= o.start() ? body.substring(m.end(), o.start()) : "x";
                if (between.matches("(?s)\\s*(and|or|,)\\s*(the\\s+)?")) {
                    return true;
                }
            }
            return false;
        }

        private Entity actor(Mention m) {
            return actorOf(m.entity());
        }

        /** A country or organisation as is; a person stands for the country they represent. */
        private Entity actorOf(Entity e) {
            if (e.type() == EntityType.COUNTRY) {
                return e;
            }
            if (e.type() == EntityType.ORGANIZATION) {
                String kind = gazetteer.kind(e);
                if ("outlet".equals(kind) || "company".equals(kind) || "party".equals(kind)) {
                    return null;
                }
                // a ministry or agency acts for its state; blocs and international bodies for themselves
                Entity country = gazetteer.countryOf(e);
                if (country == null && kind == null && homeCountry() != null
                        && e.label().matches("(?i).*\\b(ministry|department|government|cabinet|administration)\\b.*")) {
                    // "the Commerce Ministry" in a story filed from Beijing is China's
                    return homeCountry();
                }
                return country != null ? country : e;
            }
            if (e.type() == EntityType.PERSON) {
                Set<Entity> aff = affiliations.get(e);
                if (aff != null) {
                    for (Entity a : aff) {
                        if (a.type() == EntityType.COUNTRY) {
                            return a;
                        }
                    }
                    for (Entity a : aff) {
                        Entity c = gazetteer.countryOf(a);
                        if (c != null) {
                            return c;
                        }
                    }
                    for (Entity a : aff) {
                        if (isBloc(a)) {
                            return a;
                        }
                    }
                }
            }
            return null;
        }

        private String goods(String phrase) {
            if (phrase.matches("(?s)^\\s*(\\d|January|February|March|April|May|June|July|August|September|October"
                    + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow).*")) {
                return null;
            }
            String g = phrase.replaceAll("(?s)(\\b(to take|set to|that|which|and|from|in|by|because|if|after|before|but|while|as|with|since|amid|until|unless|when|last|next|this|for|on|at|starting|effective|worth|took|take|takes"
                    + "|taking|went|go|goes|come|came|were|was|are|is|will|would|could|may|have|has|had)\\b|[,;]).*", "")
                    .replaceAll("\\s+to\\s+\\d.*$", "")
                    .replaceAll("[,.;:]+\\s*$", "").replaceAll("\\s+", " ").replaceAll("^(?i)(the|a|an|its|their)\\s+", "").strip();
            return g.isEmpty() || g.split("\\s+").length > 8 ? null : g;
        }

        // ---- agreements ----

        private void agreements(int si) {
            Sentence s = sentences.get(si);
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                String w = toks.get(i).text().toLowerCase(Locale.ROOT);
                if (!AGREEMENT.contains(w) || insideMention(si, toks.get(i).start()) || insideQuote(toks.get(i).start())) {
                    continue;
                }
                String before = body.substring(Math.max(s.start(), toks.get(i).start() - 30), toks.get(i).start()).toLowerCase(Locale.ROOT);
                if ((before.matches("(?s).*\\b(any|no|potential|possible)\\s+$")
                        || before.matches("(?s).*\\b(seek|seeks|seeking|want|wants|hope|hopes|push|pushing|pursue|pursuing"
                                + "|for|toward|towards|into|without)\\s+(an?|the)\\s+$")) && !w.equals("truce")) {
                    // "any accord", "a potential deal", "hopes for a deal": none is reached
                    continue;
                }
                if (BUSINESS.matcher(s.text()).find()) {
                    // "reached definitive agreement covering the acquisition": a company deal, not diplomacy
                    return;
                }
                List<Entity> parties = new ArrayList<>();
                for (Mention m : mentions.get(si)) {
                    Entity a = actor(m);
                    String prev = wordBefore(m.start());
                    if (a == null || prev.matches("in|at|to|on|over|into|from") || insideQuote(m.start())) {
                        continue;
                    }
                    if (a.type() == EntityType.COUNTRY && !peopleModifier(m) || isBloc(a) && coordinated(m)) {
                        add(parties, a);
                    }
                }
                boolean anaphoric = before.matches("(?s).*\\b(that|the|this|their|its|such)\\s+(\\w+\\s+)?$");
                if (parties.isEmpty() && anaphoric && lastAgreement != null) {
                    parties.addAll(lastAgreement.parties());
                }
                if (parties.size() < 2 && s.text().matches("(?is).*\\b(bilateral|two sides|both sides|their)\\b.*")) {
                    for (Entity c : topCountries()) {
                        add(parties, c);
                    }
                }
                DateValue expiry = null;
                DateValue date = null;
                int trigger = toks.get(i).start();
                for (TimeMention t : dates(si, false)) {
                    String pre = body.substring(s.start(), t.start());
                    if (EXPIRY.matcher(pre).find()) {
                        expiry = t.date();
                    } else if (date == null && Math.abs(t.start() - trigger) < 50) {
                        // "last year's accord", "the pact signed on May 5": a date near the agreement
                        date = t.date();
                    }
                }
                if (parties.isEmpty() && expiry == null) {
                    return;
                }
                String label = "Agreement" + labelPart(parties, List.of()) + (expiry != null ? " until " + expiry.iso() : "");
                Agreement a = new Agreement(label, s.text(), parties, date, expiry, null);
                events.add(a);
                lastAgreement = a;
                return;
            }
        }

        /** "West German diplomats said": an adjective naming the people who speak, not a side. */
        private boolean peopleModifier(Mention m) {
            return m.kind() == Mention.Kind.ADJECTIVE && body.substring(m.end(), Math.min(body.length(), m.end() + 30))
                    .matches("(?s)\\s*(government\\s+)?(officials?|diplomats?|sources?|delegates?|negotiators?|aides?|"
                            + "experts?|analysts?|economists?|traders?|businessmen|industry|companies|firms|makers|producers"
                            + "|exporters|importers|consumers|farmers|workers|banks|press|newspapers?|media)\\b.*");
        }

        /** A trading bloc or international body, which can be a side in talks and pacts. */
        private boolean isBloc(Entity e) {
            String kind = gazetteer.kind(e);
            return e.type() == EntityType.ORGANIZATION && ("bloc".equals(kind) || "international".equals(kind));
        }

        /** "the EC and Comecon", "between the EC and the Soviet Union", "EC-Comecon": a side next to another. */
        private boolean coordinated(Mention m) {
            String before = body.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
            String after = body.substring(m.end(), Math.min(body.length(), m.end() + 40)).toLowerCase(Locale.ROOT);
            if (after.matches("(?s)^\\s*(summit|meeting|talks|conference|session|round|ministerial|leaders)\\b.*")) {
                // "the ASEAN summit": the body hosts the meeting, it is not a side of these talks
                return false;
            }
            String wider = body.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
            return wider.matches("(?s).*\\b(between|and|with)\\s+(the\\s+)?(\\S+-\\S+\\s+)?$") || before.endsWith("-")
                    || after.matches("(?s)^(\\s*\\([^)]*\\))?\\s*(and|-)\\s*.*") || after.startsWith("-");
        }

        /** The two countries named most in the article: the sides of a "bilateral" pact. */
        private List<Entity> topCountries() {
            return countryCounts.entrySet().stream()
                    .sorted((a, b) -> b.getValue() - a.getValue())
                    .limit(2)
                    .map(Map.Entry::getKey)
                    .toList();
        }

        // ---- sources ----

        private void cites(int si) {
            for (Mention m : mentions.get(si)) {
                if (m.entity().type() != EntityType.ORGANIZATION) {
                    continue;
                }
                String before = body.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
                String after = body.substring(m.end(), Math.min(body.length(), m.end() + 20)).toLowerCase(Locale.ROOT);
                boolean outlet = "outlet".equals(gazetteer.kind(m.entity()));
                if (before.matches("(?s).*\\b(as per|according to|quoted by|cited by|told|interview with|reported by)\\s+(the\\s+)?$")
                        && outlet || outlet && after.matches("(?s)^\\s*(reported|said|says|reports|quoted).*")) {
                    cites.add(m.entity());
                }
            }
        }

        // ---- quotations ----

        private void quotes() {
            for (int[] q : quoteSpans()) {
                String quote = body.substring(q[0], q[1]).replaceAll("\\s+", " ").strip().replaceAll("[,;:]+$", "");
                if (quote.split(" ").length < 2) {
                    continue;
                }
                int si = sentenceAt(q[0]);
                int sj = sentenceAt(Math.max(q[0], q[1] - 1));
                if (si < 0 || sj < 0) {
                    continue;
                }
                Entity speaker = speaker(si, sj, q);
                StringBuilder evidence = new StringBuilder();
                for (int k = si; k <= sj; k++) {
                    evidence.append(k > si ? " " : "").append(sentences.get(k).text());
                }
                String label = "Quote" + (speaker != null ? " by " + speaker.label() : "") + ": "
                        + (quote.length() > 60 ? quote.substring(0, 57) + "..." : quote);
                events.add(new Statement(label, evidence.toString(), speaker, quote, null));
            }
        }

        private Entity speaker(int si, int sj, int[] q) {
            // 1. a verb of saying outside the quote, in the sentences the quote touches
            for (int k = sj; k >= si; k--) {
                Entity e = saidBy(k, q);
                if (e != null) {
                    return e == NOBODY ? null : e;
                }
            }
            if (sj + 1 < sentences.size()) {
                Entity e = saidBy(sj + 1, q);
                if (e != null && e != NOBODY && sentences.get(sj + 1).start() - q[1] < 3) {
                    return e;
                }
            }
            // 2. an introduction ending with a colon: "Bessent said:"
            String lead = body.substring(Math.max(0, q[0] - 3), q[0]).strip();
            if (si > 0 && (lead.endsWith(":") || sentences.get(si).start() >= q[0] - 2
                    && sentences.get(si - 1).text().strip().endsWith(":"))) {
                int k = lead.endsWith(":") && sentences.get(si).start() < q[0] - 2 ? si : si - 1;
                Entity e = firstActor(k);
                if (e != null) {
                    return e;
                }
            }
            // 3. the subject of the sentence the quote sits in
            Sentence s = sentences.get(si);
            if (s.start() < q[0] - 1) {
                for (Mention m : mentions.get(si)) {
                    // the subject: a person opening the sentence, not an object after a preposition
                    if (m.start() < q[0] && m.entity().type() == EntityType.PERSON && !afterPreposition(m)
                            && tokenAt(s.tokens(), m.start()) <= 6) {
                        return m.entity();
                    }
                }
                for (Token t : s.tokens()) {
                    String lw = t.text().toLowerCase(Locale.ROOT);
                    if (t.start() >= q[0]) {
                        break;
                    }
                    if (lw.equals("he") || lw.equals("she")) {
                        return personBefore(t.start());
                    }
                }
            }
            return null;
        }

        private static final Entity NOBODY = Entity.unlinked(EntityType.PERSON, "nobody");

        /**
         * The one who says: "X said", "said X", "X told Y", "he said", "X was quoted as saying".
         * Returns {@link #NOBODY} when the sayer is unnamed ("a senior official said").
         */
        private Entity saidBy(int si, int[] q) {
            Sentence s = sentences.get(si);
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (!Lexicon.SAY_VERBS.contains(t.text().toLowerCase(Locale.ROOT)) || t.start() >= q[0] && t.end() <= q[1]) {
                    continue;
                }
                // the subject before the verb: a person anywhere in the clause (an apposition may follow
                // the name), else an organisation or country right before the verb
                Entity fallback = null;
                for (int k = i - 1; k >= 0 && k >= i - 25; k--) {
                    Token b = toks.get(k);
                    if (b.end() > q[0] && b.start() < q[1] || isQuote(b.text())) {
                        break;
                    }
                    Mention m = mentionAt(si, b.start());
                    if (m != null && m.entity().type() == EntityType.PERSON && !afterPreposition(m)) {
                        return m.entity();
                    }
                    boolean close = i - k <= 6;
                    if (close && fallback == null && m != null && m.entity().type() == EntityType.ORGANIZATION
                            && !afterPreposition(m)) {
                        fallback = m.entity();
                    }
                    String lw = b.text().toLowerCase(Locale.ROOT);
                    if (close && (lw.equals("he") || lw.equals("she"))) {
                        Entity p = personBefore(b.start());
                        return p != null ? p : NOBODY;
                    }
                    if (close && fallback == null && (lw.equals("it") || lw.equals("they")
                            || lw.matches("officials?|diplomats?|spokesman|spokeswoman|sources?|economists?|analysts?|traders?"))) {
                        return NOBODY;
                    }
                }
                if (fallback != null) {
                    return fallback;
                }
                // the subject after the verb: "said Bessent", "said Trade Minister X", "said Merrill
                // Lynch analyst X" (the person, not the firm before the title); after "told" comes
                // the listener, never the speaker
                if (i + 1 < toks.size() && !t.text().toLowerCase(Locale.ROOT).matches("told|tells")) {
                    Entity firm = null;
                    for (int k = i + 1; k < toks.size() && k <= i + 6; k++) {
                        Mention m = mentionAt(si, toks.get(k).start());
                        if (m != null && m.entity().type() == EntityType.PERSON) {
                            return m.entity();
                        }
                        if (m != null && m.entity().type() == EntityType.ORGANIZATION && k == i + 1) {
                            firm = m.entity();
                        }
                        String w = toks.get(k).text();
                        if (m == null && !Lexicon.TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                                && !MentionFinder.isTitleWord(w) && !Character.isUpperCase(w.charAt(0))
                                && w.indexOf('-') < 0) {
                            break;
                        }
                    }
                    if (firm != null) {
                        return firm;
                    }
                    String next = toks.get(i + 1).text().toLowerCase(Locale.ROOT);
                    if (next.equals("he") || next.equals("she")) {
                        Entity p = personBefore(toks.get(i + 1).start());
                        return p != null ? p : NOBODY;
                    }
                }
            }
            return null;
        }

        private boolean afterPreposition(Mention m) {
            String before = wordBefore(m.start());
            if (before.matches("the|a|an")) {
                // "to the Institute of ...": look past the article
                int at = body.lastIndexOf(before, m.start());
                before = at > 0 ? wordBefore(at) : "";
            }
            return before.matches("to|with|by|for|from|of|on|at|against|about|between|like|than|toward|towards");
        }

        private Entity firstActor(int si) {
            for (Mention m : mentions.get(si)) {
                if (m.entity().type() == EntityType.PERSON) {
                    return m.entity();
                }
            }
            return null;
        }

        // ---- shared helpers ----

        /** Persons that "he" or "she" in the sentence (outside quotes) refer to. */
        private List<Entity> pronounPersons(int si) {
            List<Entity> out = new ArrayList<>();
            for (Token t : sentences.get(si).tokens()) {
                String lw = t.text().toLowerCase(Locale.ROOT);
                if ((lw.equals("he") || lw.equals("she") || lw.equals("his") || lw.equals("her"))
                        && !insideQuote(t.start()) && mentionAt(si, t.start()) == null) {
                    Entity p = personBefore(t.start());
                    if (p != null && !out.contains(p)) {
                        out.add(p);
                    }
                }
            }
            return out;
        }

        /** The person mentioned last before a position, outside quotes. */
        private Entity personBefore(int pos) {
            int si = sentenceAt(pos);
            for (int k = si; k >= 0 && k >= si - 4; k--) {
                for (Mention m : mentions.get(k)) {
                    if (m.start() >= pos) {
                        break;
                    }
                    if (m.entity().type() == EntityType.PERSON && !insideQuote(m.start())) {
                        // the first person of the sentence is most often its subject
                        return m.entity();
                    }
                }
            }
            return null;
        }

        private List<TimeMention> dates(int si, boolean forMeetings) {
            if (time == null) {
                return List.of();
            }
            Sentence s = sentences.get(si);
            List<TimeMention> out = new ArrayList<>();
            for (TimeMention t : timeMentions.computeIfAbsent(si, k -> time.find(s.text(), s.start()))) {
                if (t.start() < textStart) {
                    continue;
                }
                if (insideQuote(t.start()) && forMeetings && !s.text().matches("(?s).*\\bmeet.*")) {
                    continue;
                }
                if (forMeetings) {
                    String before = body.substring(s.start(), t.start());
                    String after = body.substring(t.end(), Math.min(s.end(), t.end() + 25)).toLowerCase(Locale.ROOT);
                    if (after.matches("(?s)^\\s*(agreement|pact|accord|deal|truce|treaty|law|bill|act|quota|tariffs?)\\b.*")
                            || before.matches("(?s).*,\\s*(which|who|whose)\\b[^,]*$")) {
                        // "a September 1986 agreement", "..., which last year amounted to": not when talks happen
                        continue;
                    }
                    if (EFFECTIVE.matcher(before).find() || EXPIRY.matcher(before).find()
                            || DEADLINE.matcher(body.substring(t.end(), s.end())).find()) {
                        continue;
                    }
                    String pre = before.toLowerCase(Locale.ROOT);
                    if (pre.matches("(?s).*\\b(said|announced|ordered|ordering|imposed|reported)\\s+(on\\s+)?$")
                            || afterSaying(t.start())) {
                        continue;
                    }
                }
                out.add(t);
            }
            return out;
        }

        /** The quotation a position is in, or null. */
        private int[] quoteAround(int pos) {
            for (int[] q : quoteSpans()) {
                if (pos >= q[0] && pos < q[1]) {
                    return q;
                }
            }
            return null;
        }

        private boolean insideQuote(int pos) {
            for (int[] q : quoteSpans()) {
                if (pos >= q[0] && pos < q[1]) {
                    return true;
                }
            }
            return false;
        }

        private List<int[]> quoteSpans;

        private List<int[]> quoteSpans() {
            if (quoteSpans == null) {
                quoteSpans = QuoteFinder.find(body);
            }
            return quoteSpans;
        }

        private boolean insideMention(int si, int pos) {
            Mention m = mentionAt(si, pos);
            return m != null && m.entity().type() == EntityType.ORGANIZATION;
        }

        private Mention mentionAt(int si, int pos) {
            for (Mention m : mentions.get(si)) {
                if (pos >= m.start() && pos < m.end()) {
                    return m;
                }
            }
            return null;
        }

        private int sentenceAt(int pos) {
            for (int i = 0; i < sentences.size(); i++) {
                if (pos >= sentences.get(i).start() && pos < sentences.get(i).end() + 2) {
                    return i;
                }
            }
            return -1;
        }

        private String wordBefore(int pos) {
            int e = pos;
            while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(body.charAt(b - 1))) {
                b--;
            }
            return body.substring(b, e).toLowerCase(Locale.ROOT);
        }

        private String labelPart(List<Entity> parties, List<Entity> participants) {
            List<String> names = new ArrayList<>();
            parties.forEach(p -> names.add(p.label()));
            if (names.isEmpty()) {
                participants.forEach(p -> names.add(p.label()));
            }
            return names.isEmpty() ? "" : ": " + String.join(", ", names);
        }
    }

    private static <T> void add(List<T> list, T item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    private static boolean isQuote(String s) {
        return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("``") || s.equals("''");
    }

    private static int tokenAt(List<Token> toks, int start) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == start || toks.get(i).start() < start && toks.get(i).end() > start) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenEndingAt(List<Token> toks, int end) {
        for (int i = toks.size() - 1; i >= 0; i--) {
            if (toks.get(i).end() == end || toks.get(i).start() < end && toks.get(i).end() > end) {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("^[,;:\\s]+|[,;:\\s]+$", "").strip();
    }

    private static Map<String, MeasureKind> measureTriggers() {
        Map<String, MeasureKind> m = new HashMap<>();
        for (String w : List.of("tariff", "tariffs", "duty", "duties", "surtax", "surtaxes", "surcharge", "surcharges",
                "levy", "levies", "anti-dumping")) {
            m.put(w, MeasureKind.TARIFF);
        }
        for (String w : List.of("sanction", "sanctions", "embargo", "embargoes", "quota", "quotas", "curbs", "reprisals",
                "retaliation", "penalties", "ban", "restrictions", "boycott", "countermeasures", "counter-measures")) {
            m.put(w, MeasureKind.SANCTION);
        }
        m.put("controls", MeasureKind.EXPORT_CONTROL);
        m.put("control", MeasureKind.EXPORT_CONTROL);
        m.put("blacklist", MeasureKind.EXPORT_CONTROL);
        m.put("blacklisted", MeasureKind.EXPORT_CONTROL);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> ordinals() {
        Map<String, Integer> m = new HashMap<>();
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth"};
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], i + 1);
        }
        for (int i = 1; i <= 30; i++) {
            String suffix = i % 10 == 1 && i != 11 ? "st" : i % 10 == 2 && i != 12 ? "nd" : i % 10 == 3 && i != 13 ? "rd" : "th";
            m.put(i + suffix, i);
        }
        return Map.copyOf(m);
    }
}

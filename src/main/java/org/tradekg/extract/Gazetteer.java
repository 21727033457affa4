package org.tradekg.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tradekg.TradekgException;

/**
 * Known entities with their names, aliases, adjectives and Wikidata ids, read from
 * {@code data/gazetteer/*.tsv} (see its README). Immutable once loaded; shared by all threads.
 */
public final class Gazetteer {

    static final String DIR = "data/gazetteer/";
    private static final String[] FILES = {"countries.tsv", "places.tsv", "organizations.tsv", "persons.tsv"};

    private final Map<String, Entity> names = new HashMap<>();
    private final Map<String, Entity> adjectives = new HashMap<>();
    private final Map<String, Entity> byLabel = new HashMap<>();
    private final Map<String, Entity> surnames = new HashMap<>();
    private final java.util.Set<String> givenNames = new java.util.HashSet<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private final Map<Entity, Entity> countryOf = new HashMap<>();
    private final Map<Entity, Entity> capitalOf = new HashMap<>();
    private final Map<Entity, String> kind = new HashMap<>();
    private int maxWords = 1;
    private String version = "none";

    private Gazetteer() {
    }

    /** Loads the gazetteer from the classpath. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        MessageDigest digest = sha256();
        Map<String, List<String[]>> rows = new HashMap<>();
        for (String file : FILES) {
            byte[] bytes = resource(DIR + file);
            digest.update(bytes);
            rows.put(file, parse(file, new String(bytes, StandardCharsets.UTF_8)));
        }
        g.version = "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        g.add(rows.get("countries.tsv"), EntityType.COUNTRY);
        g.add(rows.get("places.tsv"), EntityType.PLACE);
        g.add(rows.get("organizations.tsv"), EntityType.ORGANIZATION);
        g.add(rows.get("persons.tsv"), EntityType.PERSON);
        for (String[] r : rows.get("countries.tsv")) {
            Entity country = g.byLabel.get(r[0]);
            for (String adj : split(col(r, 4))) {
                g.adjectives.putIfAbsent(adj, country);
                g.firstWords.add(firstWord(adj));
            }
        }
        for (String[] r : rows.get("places.tsv")) {
            Entity place = g.byLabel.get(r[0]);
            g.link(g.countryOf, place, col(r, 4));
            g.link(g.capitalOf, place, col(r, 5));
        }
        for (String[] r : rows.get("organizations.tsv")) {
            Entity org = g.byLabel.get(r[0]);
            g.link(g.countryOf, org, col(r, 4));
            if (!col(r, 5).isEmpty()) {
                g.kind.put(org, col(r, 5));
            }
        }
        Map<String, Integer> surnameCount = new HashMap<>();
        for (String[] r : rows.get("persons.tsv")) {
            String[] parts = r[0].split("\\s+");
            if (parts.length > 1 && parts[0].length() > 2 && Character.isUpperCase(parts[0].charAt(0))) {
                g.givenNames.add(parts[0]);
            }
            if (parts.length > 1) {
                String last = parts[parts.length - 1];
                // "Pöhl" is also written "Poehl" and "Pohl"
                for (String form : new LinkedHashSet<>(List.of(last, transliterate(last), stripAccents(last)))) {
                    surnameCount.merge(form, 1, Integer::sum);
                    g.surnames.put(form, g.byLabel.get(r[0]));
                }
            }
        }
        // a surname two known persons share names neither
        surnameCount.forEach((name, count) -> {
            if (count > 1 || g.names.containsKey(name)) {
                g.surnames.remove(name);
            }
        });
        for (String[] r : rows.get("persons.tsv")) {
            Entity person = g.byLabel.get(r[0]);
            g.link(g.countryOf, person, col(r, 4));
        }
        return g;
    }

    private void add(List<String[]> rows, EntityType type) {
        for (String[] r : rows) {
            String name = r[0];
            String qid = col(r, 1);
            String dbpedia = col(r, 2);
            Entity e = new Entity(type, name, qid.isEmpty() ? null : qid, dbpedia.isEmpty() ? null : dbpedia);
            byLabel.putIfAbsent(name, e);
            name(name, e);
            for (String alias : split(col(r, 3))) {
                name(alias, e);
            }
        }
    }

    private void name(String name, Entity e) {
        // the first file wins: a country's name is not also a place's
        names.putIfAbsent(name, e);
        firstWords.add(firstWord(name));
        maxWords = Math.max(maxWords, name.split("\\s+").length + 2);
    }

    /** German-style spelling without umlauts: "Pöhl" → "Poehl". */
    static String transliterate(String s) {
        return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }

    /** Accents dropped: "Pöhl" → "Pohl", "Šefčovič" → "Sefcovic". */
    static String stripAccents(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }

    /** The first word of a name as the tokenizer sees it: "People's Republic of China" → "People". */
    static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\''
                && text.charAt(end) != '’') {
            end++;
        }
        return text.substring(0, end);
    }

    /** True when some name or adjective starts with this word; other words start no name. */
    public boolean startsName(String word) {
        return firstWords.contains(firstWord(word));
    }

    private void link(Map<Entity, Entity> map, Entity from, String label) {
        if (from == null || label.isEmpty()) {
            return;
        }
        Entity to = byLabel.get(label);
        if (to != null) {
            map.put(from, to);
        }
    }

    /** The entity with exactly this name or alias (case-sensitive), or null. */
    public Entity lookup(String name) {
        return names.get(name);
    }

    /** The only known person with this surname ("Reagan"), or null when none or several. */
    public Entity surname(String word) {
        return surnames.get(word);
    }

    /** True when a known person's name opens with this word ("Richard", "Hiroshi"). */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** The entity whose canonical label this is, or null. */
    public Entity byLabel(String label) {
        return byLabel.get(label);
    }

    /** The country of an adjective or demonym ("Japanese", "Americans"), or null. */
    public Entity adjective(String word) {
        return adjectives.get(word);
    }

    /** The country whose capital this place is, or null. */
    public Entity capitalOf(Entity place) {
        return capitalOf.get(place);
    }

    /** The country a place, organisation or person belongs to, or null. */
    public Entity countryOf(Entity e) {
        return countryOf.get(e);
    }

    /** The kind of an organisation (ministry, outlet, company, ...), or null. */
    public String kind(Entity organization) {
        return kind.get(organization);
    }

    /** The longest name, in words, plus slack for punctuation tokens. */
    public int maxWords() {
        return maxWords;
    }

    /** Every name and alias, read-only. */
    public Map<String, Entity> names() {
        return Collections.unmodifiableMap(names);
    }

    /** A digest of the gazetteer files, for provenance. */
    public String version() {
        return version;
    }

    private static String col(String[] r, int i) {
        return i < r.length ? r[i].strip() : "";
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String[]> parse(String file, String text) {
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols[0].isBlank()) {
                throw new TradekgException(DIR + file + ": empty name at line " + lineNo);
            }
            rows.add(cols);
        }
        return rows;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new TradekgException("gazetteer file " + name + " not on the classpath");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new TradekgException("cannot read gazetteer file " + name + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

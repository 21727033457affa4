package org.tradekg.link;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradekg.TradekgException;

/**
 * Labels and the Wikidata items they name, read from a CSV file of {@code label,wikidata_id}
 * lines: the links the gazetteer lacks. A header line is allowed; labels holding commas are
 * quoted ({@code "Ministry of Trade, Industry and Energy",Q7864387}); the id is {@code Q…} or
 * the item's IRI. Labels match case-insensitively.
 *
 * <pre>{@code
 * Aliases aliases = Aliases.read(Path.of("aliases.csv"));
 * aliases.wikidata("mitsubishi corporation");   // Optional[Q...]
 * }</pre>
 */
public final class Aliases {

    private static final Pattern ID = Pattern.compile("(?:https?://www\\.wikidata\\.org/(?:entity|wiki)/)?(Q[1-9][0-9]*)");

    /** One line: a label and a Wikidata id ({@code Q30}). */
    public record Alias(String label, String wikidata) {
        public Alias {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("blank label");
            }
            if (wikidata == null || !wikidata.matches("Q[1-9][0-9]*")) {
                throw new IllegalArgumentException("bad Wikidata id '" + wikidata + "' for " + label);
            }
        }
    }

    private final Map<String, Alias> byLabel;

    private Aliases(Map<String, Alias> byLabel) {
        this.byLabel = Collections.unmodifiableMap(byLabel);
    }

    /** Aliases from a list, the last one winning for a label given twice. */
    public static Aliases of(List<Alias> aliases) {
        Map<String, Alias> map = new LinkedHashMap<>();
        aliases.forEach(a -> map.put(key(a.label()), a));
        return new Aliases(map);
    }

    /**
     * Reads a CSV file.
     *
     * @throws TradekgException naming the file and line of a bad line, or when it cannot be read
     */
    public static Aliases read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new TradekgException(file + ": not UTF-8", e);
        } catch (IOException e) {
            throw new TradekgException(file + ": cannot read aliases (" + e.getMessage() + ")", e);
        }
        Map<String, Alias> map = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line, file, i + 1);
            boolean header = first;
            first = false;
            if (fields.size() < 2) {
                throw new TradekgException(file + ": line " + (i + 1) + " is not 'label,wikidata_id': " + line);
            }
            String label = fields.get(0).strip();
            Matcher id = ID.matcher(fields.get(1).strip());
            if (!id.matches()) {
                if (header) {
                    // The first line names the columns.
                    continue;
                }
                throw new TradekgException(file + ": line " + (i + 1) + ": '" + fields.get(1).strip()
                        + "' is not a Wikidata id (Q followed by digits)");
            }
            if (label.isEmpty()) {
                throw new TradekgException(file + ": line " + (i + 1) + ": empty label");
            }
            Alias previous = map.put(key(label), new Alias(label, id.group(1)));
            if (previous != null && !previous.wikidata().equals(id.group(1))) {
                throw new TradekgException(file + ": line " + (i + 1) + ": '" + label + "' is " + id.group(1)
                        + " here but " + previous.wikidata() + " on line " + lineOf.get(key(label)));
            }
            lineOf.put(key(label), i + 1);
        }
        return new Aliases(map);
    }

    /** The Wikidata id for a label, in any case. */
    public Optional<String> wikidata(String label) {
        return Optional.ofNullable(byLabel.get(key(label))).map(Alias::wikidata);
    }

    /** How many labels there are. */
    public int size() {
        return byLabel.size();
    }

    /** The aliases, in file order. */
    public List<Alias> all() {
        return List.copyOf(byLabel.values());
    }

    static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The fields of one CSV line (RFC 4180 quoting: {@code "a ""b"", c"}). */
    private static List<String> fields(String line, Path file, int n) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new TradekgException(file + ": line " + n + ": unclosed quote");
        }
        out.add(field.toString());
        return out;
    }
}

package org.tradekg.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * A named entity with its canonical label. Two mentions of one entity, in one article or in
 * several, give equal {@code Entity} values and so one IRI.
 *
 * @param type     what it is
 * @param label    canonical name ("United States", "Scott Bessent")
 * @param wikidata Wikidata id ({@code "Q30"}), or null when not known
 * @param dbpedia  English Wikipedia / DBpedia title ({@code "United_States"}), or null
 */
public record Entity(EntityType type, String label, String wikidata, String dbpedia) {

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("blank label for a " + type);
        }
        if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("bad Wikidata id '" + wikidata + "' for " + label);
        }
    }

    /** An entity the gazetteer does not know. */
    public static Entity unlinked(EntityType type, String label) {
        return new Entity(type, label, null, null);
    }

    /**
     * The stable key an IRI is minted from: the type and the canonical name folded to a slug
     * ({@code country/united-states}). Stable when a Wikidata id is added later.
     */
    public String key() {
        return type.name().toLowerCase(Locale.ROOT) + "/" + slug(label);
    }

    static String slug(String s) {
        String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        // letters and digits kept, accents dropped, every other run one hyphen, none at the ends
        StringBuilder out = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return out.length() == 0 ? "x" + Integer.toHexString(s.hashCode()) : out.toString();
    }
}

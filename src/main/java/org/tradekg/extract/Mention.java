package org.tradekg.extract;

import java.util.Objects;

/**
 * One mention of an entity in the body.
 *
 * @param entity   the entity meant
 * @param start    offset of the first character in the body
 * @param end      offset after the last character
 * @param sentence index of the sentence it occurs in
 * @param kind     how it was recognised
 */
public record Mention(Entity entity, int start, int end, int sentence, Kind kind) {

    public Mention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ") for " + entity.label());
        }
    }

    /** How a mention was recognised. */
    public enum Kind {
        /** a name or alias from the gazetteer or from an acronym definition */
        NAME,
        /** a country adjective or demonym ("Japanese") */
        ADJECTIVE,
        /** a capital standing for its government ("Tokyo bids") */
        METONYM,
        /** a person's surname, or a name found by context rules */
        RULE
    }
}

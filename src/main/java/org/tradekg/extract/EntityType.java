package org.tradekg.extract;

/** The kinds of named entity tradekg recognises; each maps to one ontology class. */
public enum EntityType {
    PERSON, COUNTRY, ORGANIZATION, PLACE
}

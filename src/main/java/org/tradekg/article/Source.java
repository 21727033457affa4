package org.tradekg.article;

import java.util.Objects;

/**
 * Where an article's bytes came from, for provenance.
 *
 * @param location the file path (and, for a file of several articles, the element: {@code "x.sgm#NEWID=5"})
 * @param sha256   hex SHA-256 of the article's bytes
 * @param bytes    length of those bytes
 */
public record Source(String location, String sha256, long bytes) {

    public Source {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sha256, "sha256");
        if (bytes < 0) {
            throw new IllegalArgumentException("negative byte length " + bytes + " for " + location);
        }
    }
}

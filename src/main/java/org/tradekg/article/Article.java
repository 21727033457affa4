package org.tradekg.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source: metadata and body text.
 *
 * @param id           the article's identifier ({@code id} in front matter, {@code reuters-NEWID}, or the file name)
 * @param title        the headline, or null
 * @param published    publication date, or null
 * @param author       byline author, or null
 * @param dateline     the dateline as written ({@code "WASHINGTON, April 5"}), or null
 * @param publisher    the outlet's name, or null
 * @param body         the text, without front matter, headline or byline
 * @param source       where the text came from
 */
public record Article(String id, String title, LocalDate published, String author, String dateline,
                      String publisher, String body, Source source) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank article id in " + source.location());
        }
        if (!id.matches("[A-Za-z0-9._~-]+")) {
            throw new IllegalArgumentException("article id '" + id + "' in " + source.location()
                    + " has characters other than letters, digits and . _ ~ -");
        }
    }
}

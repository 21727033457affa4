package org.tradekg.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tradekg.article.Article;

/**
 * Everything extracted from one article: what the RDF stage turns into the article's named graph.
 *
 * @param article      the article itself
 * @param entities     every entity mentioned, each once
 * @param titles       title of each person as the article gives it
 * @param affiliations whom each person acts for (country or organisation)
 * @param events       meetings, measures, agreements and statements, in text order
 * @param cites        outlets cited as sources
 * @param publisher    the outlet that published the article, or null
 */
public record ArticleFacts(Article article, Set<Entity> entities, Map<Entity, String> titles,
                           Map<Entity, Set<Entity>> affiliations, List<Event> events, Set<Entity> cites,
                           Entity publisher) {

    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        entities = Set.copyOf(entities);
        titles = Map.copyOf(titles);
        affiliations = Map.copyOf(affiliations);
        events = List.copyOf(events);
        cites = Set.copyOf(cites);
    }
}

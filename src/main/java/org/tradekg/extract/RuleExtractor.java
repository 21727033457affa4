package org.tradekg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradekg.article.Article;
import org.tradekg.nlp.Sentence;
import org.tradekg.nlp.TextAnalyzer;

/**
 * Rule-based extraction over analysed text and the gazetteer.
 */
final class RuleExtractor implements Extractor {

    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;

    RuleExtractor(TextAnalyzer analyzer, Gazetteer gazetteer) {
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
    }

    @Override
    public ArticleFacts extract(Article article) {
        List<Sentence> sentences = analyzer.analyze(article.body());
        Set<Entity> entities = new LinkedHashSet<>();
        Entity publisher = null;
        if (article.publisher() != null) {
            Entity known = gazetteer.lookup(article.publisher());
            publisher = known != null ? known : Entity.unlinked(EntityType.ORGANIZATION, article.publisher());
        }
        return new ArticleFacts(article, entities, Map.of(), Map.of(), List.of(), Set.of(), publisher);
    }
}

package org.tradekg.extract;

import org.tradekg.article.Article;

/**
 * Extracts the facts of one article. Implementations keep per-document state and are not
 * thread-safe: use one per thread (see {@link Pipeline#newExtractor()}).
 */
public interface Extractor {

    /** Everything this extractor finds in the article; never null. */
    ArticleFacts extract(Article article);
}

package org.tradekg.cli;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.tradekg.article.ArticleReader;
import picocli.CommandLine.Option;

/** How input articles are read and extracted; shared by {@code extract} and {@code ingest}. */
final class InputOptions {

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for articles that give none; relative dates resolve against it.")
    LocalDate published;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of plain-text articles (default: ${DEFAULT-VALUE}; e.g. ISO-8859-1).")
    Charset encoding;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of cores).")
    Integer threads;

    ArticleReader reader() {
        return new ArticleReader(published, encoding);
    }

    int threads() {
        return threads != null && threads > 0 ? threads : TradekgCommand.cores();
    }
}

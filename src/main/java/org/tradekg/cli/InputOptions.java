package org.tradekg.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tradekg.article.ArticleReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How input articles are read and extracted; shared by {@code extract} and {@code ingest}. */
final class InputOptions {

    @Option(names = "--published", paramLabel = "DATE", converter = DateConverter.class,
            description = "Publication date (YYYY-MM-DD) for articles that give none; relative dates resolve against it.")
    LocalDate published;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = CharsetConverter.class,
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

    /** {@code --published 2025-05-12}; an impossible date is named as such. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
            }
        }
    }

    /** {@code --encoding ISO-8859-1}; an unknown name is named as such. */
    static final class CharsetConverter implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new TypeConversionException("unknown encoding '" + value + "' (e.g. UTF-8, ISO-8859-1, windows-1252)");
            }
        }
    }
}

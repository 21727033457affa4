package org.tradekg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradekg.TradekgException;
import org.tradekg.article.ArticleReader;

/**
 * The first articles of a corpus, written as files of the same kind into a directory: the first
 * {@code <REUTERS>} elements of Reuters-21578 SGML files, byte for byte (so their hashes and
 * ids are those of the full corpus), and whole files of other kinds.
 *
 * <pre>{@code
 * List<Path> first300 = CorpusSubset.write(ArticleReader.files(List.of(corpus)), 300, tmp);
 * }</pre>
 */
public final class CorpusSubset {

    private static final Pattern ELEMENT = Pattern.compile("<REUTERS\\b[^>]*>.*?</REUTERS>\\r?\\n?", Pattern.DOTALL);

    private CorpusSubset() {
    }

    /**
     * Writes the first {@code articles} articles of {@code files} into {@code dir}. For SGML, an
     * element counts when it has a {@code <BODY>} (elements without one are copied along but
     * yield no article).
     *
     * @return the files written, in order
     * @throws TradekgException when a file cannot be read or written
     */
    public static List<Path> write(List<Path> files, long articles, Path dir) {
        List<Path> out = new ArrayList<>();
        long left = articles;
        try {
            Files.createDirectories(dir);
            for (Path file : files) {
                if (left <= 0) {
                    break;
                }
                Path target = dir.resolve(String.format("%04d-%s", out.size(), file.getFileName()));
                if (ArticleReader.isSgml(file)) {
                    // ISO-8859-1 maps every byte to one char and back: the slice is byte-exact.
                    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                    StringBuilder slice = new StringBuilder();
                    Matcher m = ELEMENT.matcher(text);
                    while (left > 0 && m.find()) {
                        slice.append(m.group());
                        if (m.group().contains("<BODY>")) {
                            left--;
                        }
                    }
                    Files.writeString(target, slice, StandardCharsets.ISO_8859_1);
                } else {
                    Files.copy(file, target);
                    left--;
                }
                out.add(target);
            }
        } catch (IOException e) {
            throw new TradekgException("cannot write a corpus subset into " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}

package org.tradekg.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tradekg.TradekgException;

/**
 * Reads articles from files: plain text with optional front matter ({@code .txt}, {@code .md} or
 * any other name) and Reuters-21578 SGML ({@code .sgm}, one article per {@code <REUTERS>} element).
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(null, StandardCharsets.UTF_8);
 * for (Path file : ArticleReader.files(List.of(Path.of("data")))) {
 *     reader.read(file).forEach(article -> ...);
 * }
 * }</pre>
 *
 * Every problem is a {@link TradekgException} whose message names the file and the problem.
 */
public final class ArticleReader {

    private static final Pattern FRONT_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*:\\s*(.*)");
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})");
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern SGML_DATE =
            Pattern.compile("(\\d{1,2})-([A-Z]{3})-(\\d{4})");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(\\d{1,7});");
    private static final Pattern FRONT_MATTER_END = Pattern.compile("(?m)^---[ \\t]*$");
    private static final String REUTERS_OPEN = "<REUTERS";
    private static final String REUTERS_CLOSE = "</REUTERS>";

    /**
     * Largest article read, as plain text or as one SGML element's body. News articles are a
     * few kilobytes and extraction takes about a second per 100 KB, so a bigger "article" is a
     * mistake (a log, a dump, a book) that would hold a worker for minutes.
     */
    public static final long MAX_ARTICLE_BYTES = 1L << 20;
    /** Largest SGML file read; a Reuters-21578 file holds about 1,000 articles in 1.3 MB. */
    public static final long MAX_SGML_BYTES = 64L << 20;
    /** How much of a text file is looked at for control characters that betray a binary file. */
    private static final int BINARY_SNIFF_BYTES = 64 * 1024;

    private final LocalDate defaultPublished;
    private final Charset textCharset;

    /**
     * @param defaultPublished publication date for articles that give none, or null
     * @param textCharset      encoding of plain-text files (UTF-8 unless declared otherwise)
     */
    public ArticleReader(LocalDate defaultPublished, Charset textCharset) {
        this.defaultPublished = defaultPublished;
        this.textCharset = textCharset;
    }

    /**
     * The files under the given paths, directories walked recursively, in a stable order;
     * hidden files and directories and files that are not articles (see {@link #isArticleFile}) are skipped.
     *
     * @throws TradekgException when a path does not exist
     */
    public static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new TradekgException("no such file or directory: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !hidden(p.relativize(f)))
                            .filter(ArticleReader::isArticleFile)
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new TradekgException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Inside a directory only article files are read: {@code .txt}, {@code .text} and {@code .sgm};
     * a file named on the command line is read whatever its name.
     */
    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".sgm");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** True for files of the Reuters-21578 SGML format. */
    public static boolean isSgml(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sgm");
    }

    /**
     * The articles of one file: one for a text file, one per {@code <REUTERS>} element for SGML.
     *
     * @throws TradekgException naming the file and the problem
     */
    public List<Article> read(Path file) {
        byte[] bytes = bytes(file, isSgml(file) ? MAX_SGML_BYTES : MAX_ARTICLE_BYTES);
        if (bytes.length == 0) {
            throw new TradekgException(file + ": empty file");
        }
        if (isSgml(file)) {
            return readSgml(file, bytes);
        }
        return List.of(readText(file, bytes));
    }

    private static byte[] bytes(Path file, long limit) {
        try {
            if (Files.isDirectory(file)) {
                throw new TradekgException(file + ": is a directory");
            }
            if (!Files.exists(file)) {
                throw new TradekgException(file + ": no such file");
            }
            if (!Files.isRegularFile(file)) {
                // Reading a pipe or a device would block or never end.
                throw new TradekgException(file + ": not a regular file (a pipe, socket or device?)");
            }
            long size = Files.size(file);
            if (size > limit) {
                throw new TradekgException(file + ": " + size + " bytes is too large (limit " + mebibytes(limit)
                        + (limit == MAX_ARTICLE_BYTES ? " for one article; split it into articles)" : ")"));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TradekgException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new TradekgException(file + ": permission denied");
        } catch (IOException e) {
            throw new TradekgException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses one plain-text article: front matter, headline, body and byline. */
    Article readText(Path file, byte[] bytes) {
        String text = decode(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        Map<String, String> front = new LinkedHashMap<>();
        String body = text;
        if (text.startsWith("---\n") || text.equals("---")) {
            Matcher close = FRONT_MATTER_END.matcher(text);
            if (text.length() < 4 || !close.find(4)) {
                throw new TradekgException(file + ": front matter opened with '---' is never closed");
            }
            int end = close.start() - 1;
            String block = end <= 4 ? "" : text.substring(4, end);
            int lineNo = 1;
            for (String line : block.split("\n", -1)) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = FRONT_LINE.matcher(line);
                if (!m.matches()) {
                    throw new TradekgException(file + ": malformed front matter at line " + lineNo
                            + " (expected 'key: value'): " + abbreviate(line));
                }
                front.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2).strip()));
            }
            int after = text.indexOf('\n', close.start());
            body = after < 0 ? "" : text.substring(after + 1);
        }
        String title = blankToNull(front.get("title"));
        if (title == null) {
            String stripped = body.stripLeading();
            int nl = stripped.indexOf('\n');
            String first = (nl < 0 ? stripped : stripped.substring(0, nl)).strip();
            if (!first.isEmpty() && nl >= 0) {
                title = first;
                body = stripped.substring(nl + 1);
            }
        }
        String author = blankToNull(front.get("author"));
        String trimmed = body.stripTrailing();
        int lastNl = trimmed.lastIndexOf('\n');
        String lastLine = trimmed.substring(lastNl + 1).strip();
        Matcher by = BYLINE.matcher(lastLine);
        if (by.matches()) {
            if (author == null) {
                author = by.group(1);
            }
            body = lastNl < 0 ? "" : trimmed.substring(0, lastNl);
        }
        if (body.isBlank()) {
            throw new TradekgException(file + ": no article text");
        }
        String id = blankToNull(front.get("id"));
        if (id == null) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            id = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._~-]+", "-");
        }
        LocalDate published = date(file, "published", front.get("published"));
        Source source = new Source(file.toString(), sha256(bytes), bytes.length);
        try {
            return new Article(id, title, published != null ? published : defaultPublished, author,
                    blankToNull(front.get("dateline")), blankToNull(front.get("publisher")), body, source);
        } catch (IllegalArgumentException e) {
            throw new TradekgException(file + ": " + e.getMessage(), e);
        }
    }

    private String decode(Path file, byte[] bytes) {
        boolean asciiBased = Arrays.equals("a\n".getBytes(textCharset), new byte[] {'a', '\n'});
        if (asciiBased) {
            String utf16 = utf16ByteOrderMark(bytes);
            if (utf16 != null) {
                throw new TradekgException(file + ": " + utf16 + " text (byte-order mark), not "
                        + textCharset.name() + " (use --encoding " + utf16 + ")");
            }
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                throw new TradekgException(file + ": binary file (NUL byte at " + nul + "), not text");
            }
            int sniffed = Math.min(bytes.length, BINARY_SNIFF_BYTES);
            int controls = controlBytes(bytes, sniffed);
            if (controls > Math.max(8, sniffed / 100)) {
                throw new TradekgException(file + ": binary file (" + controls + " control bytes in the first "
                        + sniffed + "), not text");
            }
        }
        CharsetDecoder decoder = textCharset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException | UnmappableCharacterException e) {
            // The decoder stops with the buffer at the first byte it could not decode.
            int at = in.position();
            throw new TradekgException(file + ": not " + textCharset.name() + " at byte " + at
                    + " (line " + (1 + count(bytes, at, (byte) '\n')) + ")"
                    + (textCharset.equals(StandardCharsets.UTF_8) ? "; for Latin-1 text use --encoding ISO-8859-1" : ""));
        } catch (CharacterCodingException e) {
            throw new TradekgException(file + ": not " + textCharset.name() + " (" + e + ")");
        }
    }

    /** "UTF-16" or "UTF-32" when the bytes start with such a byte-order mark, else null. */
    private static String utf16ByteOrderMark(byte[] b) {
        if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0)) {
            return "UTF-32";
        }
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return "UTF-16";
        }
        return null;
    }

    /** C0 control bytes other than tab, newlines, form feed and escape among the first {@code n}. */
    private static int controlBytes(byte[] bytes, int n) {
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B || b == 0x7F) {
                controls++;
            }
        }
        return controls;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int count(byte[] bytes, int end, byte b) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == b) {
                n++;
            }
        }
        return n;
    }

    /**
     * Splits a Reuters-21578 SGML file into its articles; elements without text are skipped. A
     * broken element (never closed, without NEWID, a tag left open) fails the whole file, naming
     * its line: a damaged file is better re-fetched than half read.
     */
    List<Article> readSgml(Path file, byte[] bytes) {
        // The collection is 7-bit ASCII with a few Latin-1 bytes.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Article> out = new ArrayList<>();
        int elements = 0;
        int from = 0;
        // the line of `counted`, moved forward element by element: counting from the top for
        // each element would make reading a file quadratic in its length
        int line = 1;
        int counted = 0;
        // indexOf rather than one regular expression: linear even when no element is ever closed.
        for (int open = openTag(text, REUTERS_OPEN, from); open >= 0; open = openTag(text, REUTERS_OPEN, from)) {
            elements++;
            line += newlines(text, counted, open);
            counted = open;
            int gt = text.indexOf('>', open);
            int close = gt < 0 ? -1 : text.indexOf(REUTERS_CLOSE, gt);
            int next = gt < 0 ? -1 : openTag(text, REUTERS_OPEN, gt);
            if (gt < 0 || close < 0 || next >= 0 && next < close) {
                throw new TradekgException(file + ": <REUTERS> element at line " + line
                        + " is never closed (truncated or malformed SGML)");
            }
            from = close + REUTERS_CLOSE.length();
            Matcher idm = NEWID.matcher(text.substring(open, gt));
            if (!idm.find()) {
                throw new TradekgException(file + ": <REUTERS> element at line " + line + " has no NEWID");
            }
            String newId = idm.group(1);
            String el = text.substring(gt + 1, close);
            String where = file + ": NEWID=" + newId + " (line " + line + ")";
            String body = tag(el, "BODY", where);
            if (body == null) {
                continue;
            }
            if (body.length() > MAX_ARTICLE_BYTES) {
                throw new TradekgException(where + ": body of " + body.length() + " bytes is too large (limit "
                        + mebibytes(MAX_ARTICLE_BYTES) + " for one article)");
            }
            body = unescape(body).replaceAll("(?s)\\s*\\bReuter\\s*$", "").strip();
            if (body.isEmpty()) {
                continue;
            }
            String title = squash(unescape(tag(el, "TITLE", where)));
            String dateline = tag(el, "DATELINE", where);
            if (dateline != null) {
                dateline = squash(unescape(dateline)).replaceAll("\\s*-\\s*$", "");
            }
            String author = tag(el, "AUTHOR", where);
            if (author != null) {
                author = squash(unescape(author)).replaceAll("(?i)^by\\s+", "").replaceAll(",\\s*Reuters?$", "");
            }
            String location = file + "#NEWID=" + newId;
            byte[] own = text.substring(open, from).getBytes(StandardCharsets.ISO_8859_1);
            out.add(new Article("reuters-" + newId, title, sgmlDate(tag(el, "DATE", where), defaultPublished),
                    blankToNull(author), blankToNull(dateline), "Reuters", body,
                    new Source(location, sha256(own), own.length)));
        }
        if (elements == 0) {
            throw new TradekgException(file + ": no <REUTERS> element found (not Reuters-21578 SGML?)");
        }
        return out;
    }

    /** Where {@code <NAME} starts as a whole tag name (not {@code <DATELINE} for {@code <DATE}), or -1. */
    private static int openTag(String text, String open, int from) {
        for (int at = text.indexOf(open, from); at >= 0; at = text.indexOf(open, at + 1)) {
            int after = at + open.length();
            if (after == text.length() || text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after))) {
                return at;
            }
        }
        return -1;
    }

    /** The content of the element's first {@code <NAME>}, or null when it has none. */
    private static String tag(String el, String name, String where) {
        int open = openTag(el, "<" + name, 0);
        if (open < 0) {
            return null;
        }
        int start = el.indexOf('>', open);
        int close = start < 0 ? -1 : el.indexOf("</" + name + ">", start);
        if (close < 0) {
            throw new TradekgException(where + ": <" + name + "> is never closed");
        }
        return el.substring(start + 1, close);
    }

    /** Line breaks in {@code text[from, to)}. */
    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    private static String unescape(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = CHARACTER_REFERENCE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int c = Integer.parseInt(m.group(1));
            // Control characters (Reuters ends each body with &#3;) and numbers that name no character go.
            boolean keep = c >= 32 && c != 127 && Character.isValidCodePoint(c)
                    && Character.getType(c) != Character.SURROGATE;
            m.appendReplacement(sb, keep ? Matcher.quoteReplacement(Character.toString(c)) : "");
        }
        m.appendTail(sb);
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static LocalDate sgmlDate(String s, LocalDate fallback) {
        if (s == null) {
            return fallback;
        }
        Matcher m = SGML_DATE.matcher(s);
        if (!m.find()) {
            return fallback;
        }
        try {
            int month = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
                    .indexOf(m.group(2)) + 1;
            return month == 0 ? fallback
                    : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return fallback;
        }
    }

    private static LocalDate date(Path file, String key, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TradekgException(file + ": invalid date '" + value + "' for " + key + " (expected YYYY-MM-DD)");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String squash(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String mebibytes(long bytes) {
        return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB" : bytes + " bytes";
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}

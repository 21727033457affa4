package org.tradekg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations: text between curly quotation marks, or between straight double
 * quotes. A newswire quote that runs over paragraphs reopens each paragraph with a quotation
 * mark and closes only at its end; an unclosed quote ends with its paragraph.
 */
final class QuoteFinder {

    private QuoteFinder() {
    }

    /** [start, end) of each quotation's inner text, in order. */
    static List<int[]> find(String body) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean paragraphEnd = c == '\n' && (i + 1 >= body.length() || body.charAt(i + 1) == '\n'
                    || Character.isWhitespace(body.charAt(i + 1)) || body.charAt(i + 1) == '"'
                    || body.charAt(i + 1) == '“');
            if (open >= 0 && paragraphEnd && !wrappedLine(body, i)) {
                out.add(new int[] {open, i});
                open = -1;
                continue;
            }
            if (c == '“' || c == '"' && open < 0) {
                if (open < 0) {
                    open = i + 1;
                }
            } else if ((c == '”' || c == '"') && open >= 0) {
                if (i > open) {
                    out.add(new int[] {open, i});
                }
                open = -1;
            }
        }
        if (open >= 0 && open < body.length()) {
            out.add(new int[] {open, body.length()});
        }
        return out;
    }

    /** A line break inside a hard-wrapped paragraph: the next line is not indented and not a quote. */
    private static boolean wrappedLine(String body, int nl) {
        return nl + 1 < body.length() && !Character.isWhitespace(body.charAt(nl + 1))
                && body.charAt(nl + 1) != '"' && body.charAt(nl + 1) != '“';
    }
}

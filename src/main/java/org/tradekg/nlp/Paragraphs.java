package org.tradekg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds paragraphs in article text. Two layouts occur: one paragraph per line (web text), and
 * hard-wrapped newswire whose paragraphs start with an indented line or follow a blank line.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    /** [start, end) offsets of the non-blank paragraphs of {@code text}. */
    static List<int[]> split(String text) {
        String[] lines = text.split("\n", -1);
        boolean wrapped = isHardWrapped(lines);
        List<int[]> out = new ArrayList<>();
        int offset = 0;
        int start = -1;
        int end = -1;
        for (String line : lines) {
            boolean blank = line.isBlank();
            boolean indented = !blank && Character.isWhitespace(line.charAt(0));
            boolean breaksBefore = blank || !wrapped || indented;
            if (breaksBefore && start >= 0) {
                out.add(new int[] {start, end});
                start = -1;
            }
            if (!blank) {
                int lead = 0;
                while (Character.isWhitespace(line.charAt(lead))) {
                    lead++;
                }
                if (start < 0) {
                    start = offset + lead;
                }
                end = offset + line.stripTrailing().length();
            }
            offset += line.length() + 1;
        }
        if (start >= 0) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    /**
     * Hard-wrapped text: most lines are of similar, moderate length and continue a sentence,
     * i.e. the line does not end a sentence.
     */
    private static boolean isHardWrapped(String[] lines) {
        int nonBlank = 0;
        int continuing = 0;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            nonBlank++;
            char last = s.charAt(s.length() - 1);
            if (s.length() <= 90 && ".!?\"'”:".indexOf(last) < 0) {
                continuing++;
            }
        }
        return nonBlank >= 3 && continuing * 2 > nonBlank;
    }
}

package kz.creativeeconomy.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. SVG 1.1 has no text wrapping and the server cannot measure glyphs the
 * browser will use, so a line holds as many characters as the widest common sans-serif fits (0.6 em on average).
 */
final class TextWrap {

    private TextWrap() {
    }

    static int charsFor(double width, double fontSize) {
        return Math.max(10, (int) (width / (fontSize * 0.6)));
    }

    static List<String> lines(String text, int maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > maxChars) {
                lines.add(word.substring(0, maxChars));
                word = word.substring(maxChars);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}

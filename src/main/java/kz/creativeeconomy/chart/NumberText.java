package kz.creativeeconomy.chart;

import java.math.BigDecimal;
import kz.creativeeconomy.common.Language;

/**
 * Exact decimals written for a reader: digit groups and decimal mark of the language, the published decimals kept
 * (20057.8 is "20,057.8" in English and "20 057,8" in Russian and Kazakh). Written here rather than with
 * java.text.NumberFormat because that goes through double for scaling and its separators change with the JDK's CLDR
 * version, which would change the golden SVGs with the JDK.
 */
public final class NumberText {

    /** U+00A0: a group separator that never breaks a number across lines. */
    static final char NO_BREAK_SPACE = '\u00A0';
    /** U+2212, the minus sign (a hyphen reads as a dash in running text). */
    static final char MINUS = '\u2212';

    private NumberText() {
    }

    public static String format(BigDecimal value, Language language) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        char group = language == Language.en ? ',' : NO_BREAK_SPACE;
        char decimal = language == Language.en ? '.' : ',';
        StringBuilder text = new StringBuilder();
        if (value.signum() < 0) {
            text.append(MINUS);
        }
        // Russian and Kazakh typography leave four-digit numbers ungrouped (2 023, not 2023, looks like a broken year).
        boolean grouped = language == Language.en ? whole.length() > 3 : whole.length() > 4;
        for (int n = 0; n < whole.length(); n++) {
            if (grouped && n > 0 && (whole.length() - n) % 3 == 0) {
                text.append(group);
            }
            text.append(whole.charAt(n));
        }
        if (!fraction.isEmpty()) {
            text.append(decimal).append(fraction);
        }
        return text.toString();
    }
}

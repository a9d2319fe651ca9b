package kz.creativeeconomy.common;

import java.util.Locale;

/**
 * Case-insensitive "contains" for the q parameter of the small catalogue lists. Case is folded here rather than
 * with SQL lower(), because PostgreSQL folds only ASCII letters in a database with the C locale: a Russian or
 * Kazakh search would then depend on how the database was created.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** Whether any of the texts contains the needle, ignoring case; a null needle matches everything. */
    public static boolean matches(String needle, String... texts) {
        if (needle == null) {
            return true;
        }
        String folded = fold(needle);
        for (String text : texts) {
            if (text != null && fold(text).contains(folded)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

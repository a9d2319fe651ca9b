package kz.creativeeconomy.explore;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Locale;
import kz.creativeeconomy.common.Language;

/**
 * Alphabetical order as the page's readers expect it. The JDK orders English and Russian, but has no rules for Kazakh:
 * its root order puts the letters Kazakh adds to Cyrillic (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І) after Я, so "Қазақстан" came after
 * "Ресей". The Kazakh order tailors Russian's with each of them after the letter it follows in the Kazakh alphabet.
 */
final class Collation {

    private static final String KAZAKH = "& а < ә, Ә & г < ғ, Ғ & к < қ, Қ & н < ң, Ң & о < ө, Ө & у < ұ, Ұ < ү, Ү & х < һ, Һ & ы < і, І";

    private Collation() {
    }

    static Collator of(Language language) {
        if (language != Language.kk) {
            return Collator.getInstance(Locale.forLanguageTag(language.name()));
        }
        try {
            return new RuleBasedCollator(((RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("ru"))).getRules() + KAZAKH);
        } catch (ParseException e) {
            throw new IllegalStateException("the Kazakh collation rules do not parse", e);
        }
    }
}

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

    private static final String KAZAKH_RULES = "& а < ә, Ә & г < ғ, Ғ & к < қ, Қ & н < ң, Ң & о < ө, Ө & у < ұ, Ұ < ү, Ү & х < һ, Һ & ы < і, І";

    private Collation() {
    }

    /** Parsing the rules takes longer than a page's sort: done once (RuleBasedCollator's compare is synchronized). */
    private static final class Kazakh {
        static final Collator COLLATOR = build();

        private static Collator build() {
            try {
                return new RuleBasedCollator(((RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("ru"))).getRules() + KAZAKH_RULES);
            } catch (ParseException e) {
                throw new IllegalStateException("the Kazakh collation rules do not parse", e);
            }
        }
    }

    static Collator of(Language language) {
        return language == Language.kk ? Kazakh.COLLATOR : Collator.getInstance(Locale.forLanguageTag(language.name()));
    }
}

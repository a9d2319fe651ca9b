package kz.creativeeconomy.common;

/** Labels a unit with its power of ten in one language, falling back to English as a whole when a word is missing. */
public final class UnitLabels {

    private UnitLabels() {
    }

    public static Language.Localized label(Language language, String unitEn, String unitRu, String unitKk,
                                           String multiplierEn, String multiplierRu, String multiplierKk) {
        Language.Localized unit = language.pick(unitEn, unitRu, unitKk);
        Language.Localized multiplier = multiplierEn == null ? null : language.pick(multiplierEn, multiplierRu, multiplierKk);
        if (multiplier == null) {
            return unit;
        }
        if (unit.language() != multiplier.language()) {
            return new Language.Localized(multiplierEn + " " + unitEn, Language.en);
        }
        return new Language.Localized(multiplier.text() + " " + unit.text(), unit.language());
    }
}

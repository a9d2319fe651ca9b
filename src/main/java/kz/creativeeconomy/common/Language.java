package kz.creativeeconomy.common;

/** The languages of names and labels. English is always present; the others fall back to it. */
public enum Language {
    en, ru, kk;

    /** The text in this language, or the English text when no translation exists. */
    public Localized pick(String en, String ru, String kk) {
        String wanted = switch (this) {
            case en -> en;
            case ru -> ru;
            case kk -> kk;
        };
        return wanted == null || wanted.isBlank() ? new Localized(en, Language.en) : new Localized(wanted, this);
    }

    public record Localized(String text, Language language) {
    }
}

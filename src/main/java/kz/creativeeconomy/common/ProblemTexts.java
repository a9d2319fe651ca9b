package kz.creativeeconomy.common;

import java.util.List;

/**
 * Problem titles, details and parameter reasons in the reader's language, from messages/problems_*.properties
 * ({@link MessageTemplates}). A detail that quotes an English reason from deeper in the code matches no template and
 * stays English as a whole, rather than becoming a sentence in two languages.
 */
public final class ProblemTexts {

    private static final MessageTemplates TEXTS = MessageTemplates.load("problems");

    private ProblemTexts() {
    }

    /**
     * A problem's detail, a parameter's reason or what it allows (kind "detail.", "reason.", "allowed.") in this language,
     * with the language it is in: English where no template translates it. For pages, which mark a text's language.
     */
    public static Language.Localized localize(String english, String kind, Language language) {
        if (english == null) {
            return null;
        }
        Language.Localized translated = language == Language.en ? null : TEXTS.translate(english, kind, language);
        return translated != null ? translated : new Language.Localized(english, Language.en);
    }

    /** The problem with its texts in this language where the bundles have them; type, status and the rest unchanged. */
    public static Problem localize(Problem problem, Language language) {
        if (language == Language.en) {
            return problem;
        }
        List<Problem.InvalidParam> params = problem.invalidParams() == null ? null : problem.invalidParams().stream()
                .map(p -> new Problem.InvalidParam(p.name(), TEXTS.text(p.reason(), "reason.", language),
                        TEXTS.text(p.allowed(), "allowed.", language)))
                .toList();
        return new Problem(problem.type(), TEXTS.text(problem.title(), "title.", language), problem.status(),
                TEXTS.text(problem.detail(), "detail.", language), problem.instance(), params, problem.errors(), problem.requestId());
    }
}

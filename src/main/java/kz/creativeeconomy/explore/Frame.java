package kz.creativeeconomy.explore;

import java.util.List;

/**
 * What every explorer page shows around its content: the language (html lang, messages), the title, the search box
 * and links to this very page in the other languages.
 */
public record Frame(String lang, String title, String query, List<LanguageLink> languages, String styles, String script) {

    public record LanguageLink(String code, String label, String href, boolean current) {
    }
}

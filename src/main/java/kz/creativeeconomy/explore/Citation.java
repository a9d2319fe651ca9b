package kz.creativeeconomy.explore;

import java.time.LocalDate;
import kz.creativeeconomy.source.Source;

/**
 * A source as a reader cites it: the original publisher and title, where the paper prints the figure, the paper
 * itself, and a ready "how to cite" sentence in the page's language with the API address and today's date.
 */
public record Citation(String id, String title, String titleLanguage, String publisher, String url, String locator, Integer referenceNumber,
                       String citedIn, String note, String apiUrl, String citeText) {

    /** A source as a table of values names it: by its own title, marked with the language the API gives it; by its id if unknown. */
    public static Lang.Name title(java.util.Optional<Source> found, String id) {
        return found.map(source -> new Lang.Name(source.title, source.titleLanguage == null ? "" : source.titleLanguage, false))
                .orElse(new Lang.Name(id, "", false));
    }

    public static Citation of(Source source, Lang lang, String base, LocalDate today) {
        String apiUrl = base + "/v1/sources/" + source.id;
        String publisher = source.publisher == null ? "" : source.publisher;
        String citeText = lang.messages().citeText(publisher, source.title, source.citedIn, source.locator, apiUrl, lang.date(today));
        if (publisher.isEmpty()) {
            // No publisher: the sentence starts at the title instead of with an empty "." .
            citeText = citeText.replaceFirst("^\\. ", "");
        }
        // A date that ends with its own full stop ("6 декабря 2026 г.") before the sentence's.
        citeText = citeText.replace("..", ".");
        // The title is the source's own, never translated; its language, where known, is marked as the API's title_language says it.
        return new Citation(source.id, source.title, source.titleLanguage, source.publisher, source.url, source.locator, source.referenceNumber,
                source.citedIn, source.note, apiUrl, citeText);
    }
}

package kz.creativeeconomy.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The language of this request: the {@code lang} parameter wins over Accept-Language; English by default. */
@RequestScoped
public class RequestLanguage {

    public static final List<String> CODES = Arrays.stream(Language.values()).map(Enum::name).toList();

    @Inject
    HttpServerRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            language = resolve();
        }
        return language;
    }

    private Language resolve() {
        return resolve(request.getParam("lang"), request.getHeader("Accept-Language"));
    }

    /** The language for a lang parameter and an Accept-Language header (either may be null); a bad lang is a 400. */
    public static Language resolve(String lang, String header) {
        if (lang != null && !lang.isEmpty()) {
            // Checked before trimming: a value of control characters only (lang=%00) trims to nothing.
            String code = lang.trim().toLowerCase(Locale.ROOT);
            if (!CODES.contains(code)) {
                throw ProblemException.invalidParameter("lang", "unknown value '" + lang.trim() + "'", "one of " + String.join(", ", CODES));
            }
            return Language.valueOf(code);
        }
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (CODES.contains(primary) && range.getWeight() > 0) {
                        return Language.valueOf(primary);
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed Accept-Language is treated as absent, as RFC 9110 allows
            }
        }
        return Language.en;
    }
}

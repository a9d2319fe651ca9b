package kz.creativeeconomy.search.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.search.SearchService;

/** Where a hit lives, in the API and in the explorer. */
public final class SearchHits {

    private SearchHits() {
    }

    public static SearchHitDto toDto(SearchService.Hit hit, Language language, String base) {
        Language.Localized name = language.pick(hit.nameEn(), hit.nameRu(), hit.nameKk());
        SearchHitDto.Breakdown breakdown = null;
        if (hit.member() != null) {
            Language.Localized member = language.pick(hit.memberEn(), hit.memberRu(), hit.memberKk());
            breakdown = new SearchHitDto.Breakdown(hit.dimension(), hit.member(), member.text(), member.language().name());
        }
        return new SearchHitDto(hit.kind().name(), hit.key(), name.text(), name.language().name(), breakdown,
                base + apiPath(hit), base + pagePath(hit), Math.round(hit.score() * 1000) / 1000.0);
    }

    static String apiPath(SearchService.Hit hit) {
        return switch (hit.kind()) {
            case indicator -> "/v1/indicators/" + hit.key();
            case region -> "/v1/regions/" + hit.key();
            case cultural_organisation -> "/v1/cultural-organisations/" + hit.key();
            case event -> "/v1/events/" + hit.key();
        };
    }

    /** The explorer page; a member hit opens the member's series in the region its values are of. */
    public static String pagePath(SearchService.Hit hit) {
        return switch (hit.kind()) {
            case indicator -> "/explore/indicators/" + hit.key() + (hit.member() == null ? ""
                    : "?region=" + hit.regionSlug() + "&breakdown=" + encode(hit.dimension() + ":" + hit.member()));
            case region -> "/explore/regions/" + hit.key();
            case cultural_organisation -> "/explore/organisations/" + hit.key();
            case event -> "/explore/events/" + hit.key();
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package kz.creativeeconomy.search.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchHit", description = "One thing the search found. Names are in the requested language, or in English when "
        + "no translation exists (name_language says which).")
public record SearchHitDto(
        @Schema(required = true, enumeration = {"indicator", "region", "cultural_organisation", "event"}, examples = "indicator") String kind,
        @Schema(required = true, description = "Its key: indicator code, region slug, organisation or event id.", examples = "cultural-organisations-share")
        String id,
        @Schema(required = true, examples = "Share of cultural organisations by type") String name,
        @Schema(required = true, examples = "en") String nameLanguage,
        @Schema(nullable = true, description = "For an indicator found by one of its breakdown members (museums among cultural "
                + "organisations): that member; its series is the indicator's series with breakdown=dimension:member. Null otherwise.")
        Breakdown breakdown,
        @Schema(required = true, description = "Absolute URL of the thing in this API.",
                examples = "http://localhost:8080/v1/indicators/cultural-organisations-share") String url,
        @Schema(required = true, description = "Absolute URL of its page in the explorer (HTML), with the region and breakdown a "
                + "member's values are of.", examples = "http://localhost:8080/explore/indicators/cultural-organisations-share?region=east-kazakhstan&breakdown=organisation_type:museums")
        String pageUrl,
        @Schema(required = true, description = "Relevance, larger is better: trigram word similarity (0 to 1), plus 1 when the text "
                + "contains the query as it is.", examples = "1.857") double score) {

    @Schema(name = "SearchHitBreakdown")
    public record Breakdown(@Schema(examples = "organisation_type") String dimension, @Schema(examples = "museums") String member,
                            @Schema(examples = "Museums") String name, @Schema(examples = "en") String nameLanguage) {
    }
}

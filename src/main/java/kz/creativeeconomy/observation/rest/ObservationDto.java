package kz.creativeeconomy.observation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.http.formats.NotInCsv;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.region.rest.RegionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Observation", description = "One published value with everything needed to read and cite it.")
public record ObservationDto(
        @Schema(examples = "42") long id,
        IndicatorRef indicator,
        RegionRef region,
        PeriodDto period,
        @Schema(nullable = true, description = "The breakdown this value belongs to; null for a total.") BreakdownDto breakdown,
        @Schema(description = "Exact decimal as published, in unit x 10^unit_multiplier.", examples = "25049.9") BigDecimal value,
        @Schema(examples = "KZT") String unit,
        @Schema(description = "The unit with its power of ten, in the requested language (see unit_label_language).", examples = "million tenge") String unitLabel,
        @Schema(examples = "en") String unitLabelLanguage,
        @Schema(description = "Power of ten of the unit: 6 = millions, 3 = thousands.", examples = "6") int unitMultiplier,
        @Schema(description = "Decimals the source publishes for this indicator.", examples = "1") int decimals,
        @Schema(enumeration = {"final", "provisional", "estimated", "break"}, examples = "final") String status,
        @Schema(nullable = true, description = "How to read the value: unit corrections, printed wording, doubts. The project's "
                + "text, in the requested language; quotations of the source inside it stay in the source's words.") String footnote,
        @JsonInclude(JsonInclude.Include.NON_NULL) @NotInCsv
        @Schema(description = "Language of footnote: the requested one, or en where the footnote has no translation yet. "
                + "Sent with lang=kk or lang=ru only (in English every text is English), and only when there is a footnote.",
                enumeration = {"en", "ru", "kk"}, examples = "ru") String footnoteLanguage,
        SourceRef source) {

    @Schema(name = "IndicatorRef")
    public record IndicatorRef(@Schema(examples = "creative-gva") String code,
                               @Schema(examples = "Gross value added of creative industries") String name,
                               @Schema(examples = "en") String nameLanguage) {
    }

    @Schema(name = "Period", description = "An SDMX-style period and the dates it covers.")
    public record PeriodDto(@Schema(examples = "2023") String code,
                            @Schema(enumeration = {"annual", "semiannual", "quarterly", "monthly", "cumulative", "point_in_time"}) String frequency,
                            @Schema(examples = "2023-01-01") LocalDate start,
                            @Schema(examples = "2023-12-31") LocalDate end) {
    }

    @Schema(name = "Breakdown")
    public record BreakdownDto(@Schema(examples = "organisation_type") String dimension,
                               @Schema(examples = "Type of organisation") String dimensionName,
                               @Schema(examples = "museums") String member,
                               @Schema(examples = "Museums") String memberName,
                               @Schema(examples = "en") String nameLanguage) {
    }

    @Schema(name = "SourceRef", description = "The citation of the value; /v1/sources/{id} has the full record.")
    public record SourceRef(@Schema(examples = "bns-creative-gva-table-1") String id,
                            @Schema(nullable = true, examples = "24") Integer referenceNumber,
                            @Schema(examples = "Table 1") String locator,
                            @Schema(description = "The source's own title, never translated.") String title,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @NotInCsv
                            @Schema(description = "Language the source gives its title in (the title is not translated). Sent with "
                                    + "lang=kk or lang=ru only, and only when known.", enumeration = {"en", "ru", "kk"}, examples = "ru")
                            String titleLanguage,
                            @Schema(nullable = true) String publisher,
                            @Schema(nullable = true) String url,
                            @Schema(nullable = true) LocalDate accessedOn) {

        /** A citation; the title's language is told to readers of Kazakh and Russian, who may otherwise take it for a translation. */
        public static SourceRef of(String id, Integer referenceNumber, String locator, String title, String titleLanguage, String publisher,
                                   String url, LocalDate accessedOn, Language requested) {
            return new SourceRef(id, referenceNumber, locator, title, requested == Language.en ? null : titleLanguage, publisher, url, accessedOn);
        }
    }

    public static ObservationDto of(ObservationRow r, Language language) {
        Language.Localized indicatorName = language.pick(r.indicatorNameEn(), r.indicatorNameRu(), r.indicatorNameKk());
        Language.Localized regionName = language.pick(r.regionNameEn(), r.regionNameRu(), r.regionNameKk());
        Language.Localized unitLabel = r.unitLabel(language);
        BreakdownDto breakdown = null;
        if (r.breakdownDimension() != null) {
            Language.Localized dimension = language.pick(r.dimensionNameEn(), r.dimensionNameRu(), r.dimensionNameKk());
            Language.Localized member = language.pick(r.memberNameEn(), r.memberNameRu(), r.memberNameKk());
            breakdown = new BreakdownDto(r.breakdownDimension(), dimension.text(), r.breakdownMember(), member.text(), member.language().name());
        }
        Language.Localized footnote = r.footnote(language);
        return new ObservationDto(r.id(),
                new IndicatorRef(r.indicatorCode(), indicatorName.text(), indicatorName.language().name()),
                new RegionRef(r.regionCode(), r.regionSlug(), regionName.text(), regionName.language().name(), r.regionLevel()),
                new PeriodDto(r.periodCode(), r.frequency(), r.periodStart(), r.periodEnd()),
                breakdown, r.value(), r.unit(), unitLabel.text(), unitLabel.language().name(), r.unitMultiplier(), r.decimals(), r.status(), footnote.text(),
                footnoteLanguage(footnote, language),
                SourceRef.of(r.sourceId(), r.sourceReference(), r.sourceLocator(), r.sourceTitle(), r.sourceTitleLanguage(), r.sourcePublisher(),
                        r.sourceUrl(), r.sourceAccessedOn(), language));
    }

    /** The language of a footnote, for readers who asked for Kazakh or Russian; null (left out) in English or without one. */
    public static String footnoteLanguage(Language.Localized footnote, Language requested) {
        return requested == Language.en || footnote.text() == null ? null : footnote.language().name();
    }
}

package kz.creativeeconomy.analysis.rest;

import java.math.BigDecimal;
import java.util.List;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Paged;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.rest.RegionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Series", description = "The values of one indicator in one region over time, each with its change on the year before "
        + "and an index, and the compound annual growth rate of the whole range. items and next make it a list like every other: "
        + "CSV (Accept: text/csv or format=csv) has one row per point.")
public record SeriesDto(
        @Schema(required = true) IndicatorSummaryDto indicator,
        @Schema(required = true) RegionRef region,
        @Schema(required = true, description = "The unit of the values with its power of ten, in the requested language (see unit_label_language).",
                examples = "million tenge") String unitLabel,
        @Schema(required = true, description = "Language of unit_label: the requested one, or en where a word has no translation.", examples = "en")
        String unitLabelLanguage,
        @Schema(nullable = true, description = "Frequency of the points (annual, semiannual, quarterly, monthly, cumulative or point_in_time): "
                + "the one asked for, or else the one with the most points in the range; null when the range has no points.",
                examples = "annual") String frequency,
        @Schema(required = true, description = "Every frequency the range has, with its number of points; ask for another with frequency.")
        List<FrequencyCount> frequencies,
        @Schema(nullable = true, description = "The breakdown member of the series; null for totals.") BreakdownSelector breakdown,
        @Schema(nullable = true, description = "Period whose value is 100 in index; null when the series has no points.", examples = "2018")
        String basePeriod,
        @Schema(required = true, description = "Compound annual growth rate from the first to the last point, percent per year. "
                + "years = year of the start of the last period - year of the start of the first.") DerivedNumberDto cagr,
        @Schema(required = true, description = "Change from the first point to the last, v[last] - v[first], in the indicator's unit "
                + "with its published decimals. Not computed across a point marked 'break'.") DerivedNumberDto change,
        @Schema(required = true, description = "Change from the first point to the last in percent, (v[last] - v[first]) / v[first] * 100, "
                + "with one decimal more than the indicator publishes: the total growth a journalist quotes.") DerivedNumberDto changePercent,
        @Schema(required = true, description = "The points, oldest first.") List<SeriesPointDto> items,
        @Schema(required = true, description = "The citation of every source_id the points name (reference, table, title, publisher, URL, date accessed), in the order they first appear; /v1/sources/{id} adds notes.")
        List<ObservationDto.SourceRef> sources,
        @Schema(required = true, nullable = true, description = "Always null: a series is one page.") String next) implements Paged {

    public static SeriesDto of(Indicator indicator, Region region, String[] breakdownMember, SeriesService.Series series,
                               Language.Localized unitLabel, List<ObservationDto.SourceRef> sources, Language language) {
        List<SeriesPointDto> points = series.points().stream().map(p -> new SeriesPointDto(
                Rows.period(p.row()), p.row().value(), p.row().status(), p.row().sourceId(),
                p.derived().previous() == null ? null : p.derived().previous().periodCode(),
                DerivedNumberDto.of(p.derived().change(), language), DerivedNumberDto.of(p.derived().percentChange(), language),
                DerivedNumberDto.of(p.derived().index(), language))).toList();
        List<FrequencyCount> frequencies = series.frequencies().entrySet().stream()
                .map(e -> new FrequencyCount(e.getKey(), e.getValue())).toList();
        return new SeriesDto(IndicatorSummaryDto.of(indicator, language), RegionRef.of(region, language),
                unitLabel.text(), unitLabel.language().name(), series.frequency(), frequencies,
                breakdownMember == null ? null : new BreakdownSelector(breakdownMember[0], breakdownMember[1]), series.basePeriod(),
                DerivedNumberDto.of(series.cagr(), language), DerivedNumberDto.of(series.totalChange().change(), language),
                DerivedNumberDto.of(series.totalChange().percent(), language), points, sources, null);
    }

    /** What every point's number is, for the CSV and xlsx rows: the JSON gives it once, above the points. */
    @Override
    public List<SharedCell> sharedCells() {
        return List.of(new SharedCell("indicator_code", indicator.code()), new SharedCell("region_code", region.code()),
                new SharedCell("region_slug", region.slug()),
                new SharedCell("breakdown_dimension", breakdown == null ? null : breakdown.dimension()),
                new SharedCell("breakdown_member", breakdown == null ? null : breakdown.member()),
                new SharedCell("unit", indicator.unit()), new SharedCell("unit_multiplier", indicator.unitMultiplier()),
                new SharedCell("unit_label", unitLabel), new SharedCell("unit_label_language", unitLabelLanguage));
    }

    @Schema(name = "FrequencyCount")
    public record FrequencyCount(@Schema(examples = "annual") String frequency, @Schema(examples = "6") int points) {
    }

    @Schema(name = "BreakdownSelector")
    public record BreakdownSelector(@Schema(examples = "institution_type") String dimension, @Schema(examples = "museums") String member) {
    }

    @Schema(name = "SeriesPoint", description = "One value of the series and what is derived from it. Changes compare with the period "
            + "of the same frequency that starts exactly one year earlier (t-1), which may lie before from.")
    public record SeriesPointDto(
            ObservationDto.PeriodDto period,
            @Schema(description = "Exact decimal as published, in unit x 10^unit_multiplier.", examples = "20057.8") BigDecimal value,
            @Schema(enumeration = {"final", "provisional", "estimated", "break"}, examples = "final") String status,
            @Schema(description = "Where the value comes from; /v1/sources/{id} has the citation.", examples = "bns-creative-gva-table-1") String sourceId,
            @Schema(nullable = true, description = "The period t-1 the changes compare with; null when there is none.", examples = "2018")
            String previousPeriod,
            @Schema(description = "Change on the year before, in the indicator's unit, with its published decimals.") DerivedNumberDto yoyChange,
            @Schema(description = "Change on the year before in percent, with one decimal more than the indicator publishes.") DerivedNumberDto yoyChangePercent,
            @Schema(description = "The value as an index, base period = 100, with one decimal more than the indicator publishes.") DerivedNumberDto index) {
    }
}

package kz.creativeeconomy.analysis.rest;

import java.math.BigDecimal;
import java.util.List;
import kz.creativeeconomy.analysis.ConsistencyService;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Paged;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.region.rest.RegionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsistencyReport", description = "Published derived values recomputed from their stored components, and figures of the "
        + "paper's text checked against the data. CSV (Accept: text/csv or format=csv) has one row per item; summary and notes are JSON only.")
public record ConsistencyReportDto(
        @Schema(required = true, description = "The derived indicators checked.") List<String> indicators,
        @Schema(required = true) Summary summary,
        @Schema(required = true, description = "One per published value of a checked indicator, by indicator, region and period.")
        List<ConsistencyItemDto> items,
        @Schema(required = true, description = "Figures printed in the paper's text, recomputed from the stored data. "
                + "Not narrowed by indicator or region; only_inconsistent keeps the discrepancies.") List<ConsistencyNoteDto> notes,
        @Schema(required = true, nullable = true, description = "Always null: the report is one page.") String next) implements Paged {

    public static ConsistencyReportDto of(ConsistencyService.Report report, Language language) {
        ConsistencyService.Summary s = report.summary();
        return new ConsistencyReportDto(report.indicators(),
                new Summary(s.checked(), s.consistent(), s.inconsistent(), s.notRecomputable()),
                report.items().stream().map(i -> new ConsistencyItemDto(i.indicatorCode(), Rows.region(i.published(), language),
                        Rows.period(i.published()), i.published().value(), i.publishedDecimals(), i.published().sourceId(),
                        DerivedNumberDto.of(i.recomputed()), DerivedNumberDto.of(i.difference()), i.tolerance(), i.consistent())).toList(),
                report.notes().stream().map(n -> new ConsistencyNoteDto(n.id(), n.claim(), n.claimSourceId(), n.statedValue(),
                        DerivedNumberDto.of(n.computed()), DerivedNumberDto.of(n.difference()), n.tolerance(), n.consistent(), n.explanation(),
                        DerivedNumberDto.of(n.alternative()), n.dataSourceIds())).toList(),
                null);
    }

    @Schema(name = "ConsistencySummary", description = "Counts over every value that matched indicator and region, also those only_inconsistent hides.")
    public record Summary(@Schema(examples = "25") int checked,
                          @Schema(examples = "24") int consistent,
                          @Schema(examples = "0") int inconsistent,
                          @Schema(description = "Published values whose components are not stored.", examples = "1") int notRecomputable) {
    }

    @Schema(name = "ConsistencyItem", description = "A published derived value and its recomputation. A value printed with d decimals "
            + "is consistent when |published - exact recomputation| <= 0.5 x 10^-d.")
    public record ConsistencyItemDto(
            @Schema(examples = "creative-gva-share") String indicatorCode,
            RegionRef region,
            ObservationDto.PeriodDto period,
            @Schema(description = "The value as published.", examples = "0.6") BigDecimal published,
            @Schema(description = "Decimals the value is published with.", examples = "1") int publishedDecimals,
            @Schema(examples = "bns-creative-gva-table-1") String sourceId,
            @Schema(description = "The indicator's formula applied to the stored components, rounded to the published decimals.")
            DerivedNumberDto recomputed,
            @Schema(description = "published - exact recomputation, shown with three decimals more than published.") DerivedNumberDto difference,
            @Schema(description = "Half a unit of the last published decimal: 0.05 for one decimal.", examples = "0.05") BigDecimal tolerance,
            @Schema(nullable = true, description = "false when the difference is beyond the published rounding; null when a component is not stored.")
            Boolean consistent) {
    }

    @Schema(name = "ConsistencyNote", description = "A figure stated in the paper's text next to what the stored data give.")
    public record ConsistencyNoteDto(
            @Schema(examples = "kazakhstan-creative-gva-growth-2018-2023") String id,
            @Schema(description = "The statement as printed.") String claim,
            @Schema(description = "Source of the statement.", examples = "authors-text") String claimSourceId,
            @Schema(description = "The figure the statement gives.", examples = "101.9") BigDecimal statedValue,
            @Schema(description = "The same figure computed from the stored data.") DerivedNumberDto computed,
            @Schema(description = "stated - exact computation.") DerivedNumberDto difference,
            @Schema(description = "Half a unit of the stated figure's last decimal.", examples = "0.05") BigDecimal tolerance,
            @Schema(nullable = true, description = "false flags a discrepancy; null when the data to check it are not stored.") Boolean consistent,
            @Schema(description = "What the comparison shows.") String explanation,
            @Schema(nullable = true, description = "For a discrepancy, a computation from the stored data that does reproduce the stated figure, when one is known.")
            DerivedNumberDto alternative,
            @Schema(description = "Sources of the stored values used.") List<String> dataSourceIds) {
    }
}

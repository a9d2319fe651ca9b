package kz.creativeeconomy.analysis.rest;

import java.math.BigDecimal;
import java.util.List;
import kz.creativeeconomy.analysis.RankingService;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Paged;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.period.PeriodCode;
import kz.creativeeconomy.region.rest.RegionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ranking", description = "Regions ranked by the value of an indicator in one period, largest first. Equal values share "
        + "a rank and the next rank skips (1, 2, 2, 4). CSV (Accept: text/csv or format=csv) has one row per region.")
public record RankingDto(
        @Schema(required = true) IndicatorSummaryDto indicator,
        @Schema(required = true) ObservationDto.PeriodDto period,
        @Schema(required = true, description = "The administrative levels ranked together.")
        List<String> levels,
        @Schema(nullable = true, description = "The value of the Republic (KZ) in the period, the whole that shares are of; null when none is stored.")
        NationalTotal nationalTotal,
        @Schema(required = true, description = "Ranked regions: by value descending, then by region code.") List<RankingEntryDto> items,
        @Schema(required = true, nullable = true, description = "Always null: a ranking is one page.") String next) implements Paged {

    public static RankingDto of(Indicator indicator, PeriodCode period, List<String> levels, RankingService.Result result, Language language) {
        ObservationRow national = result.national();
        return new RankingDto(IndicatorSummaryDto.of(indicator, language),
                new ObservationDto.PeriodDto(period.code(), period.frequency().name(), period.start(), period.end()),
                levels,
                national == null ? null : new NationalTotal(Rows.region(national, language), national.value(), national.status(), national.sourceId()),
                result.entries().stream().map(e -> new RankingEntryDto(e.rank(), Rows.region(e.row(), language), e.row().value(),
                        e.row().status(), e.row().sourceId(), DerivedNumberDto.of(e.shareOfNational(), language))).toList(),
                null);
    }

    /** What every region's number is, for the CSV and xlsx rows: the JSON gives it once, above the regions. */
    @Override
    public List<SharedCell> sharedCells() {
        return List.of(new SharedCell("indicator_code", indicator.code()), new SharedCell("period_code", period.code()),
                new SharedCell("period_frequency", period.frequency()),
                new SharedCell("unit", indicator.unit()), new SharedCell("unit_multiplier", indicator.unitMultiplier()));
    }

    @Schema(name = "NationalTotal")
    public record NationalTotal(RegionRef region,
                                @Schema(examples = "1202101.2") BigDecimal value,
                                @Schema(examples = "final") String status,
                                @Schema(examples = "bns-creative-gva-table-1") String sourceId) {
    }

    @Schema(name = "RankingEntry")
    public record RankingEntryDto(
            @Schema(description = "1 for the largest value; tied values share a rank (standard competition ranking).", examples = "1") int rank,
            RegionRef region,
            @Schema(description = "Exact decimal as published, in unit x 10^unit_multiplier.", examples = "462520.8") BigDecimal value,
            @Schema(examples = "final") String status,
            @Schema(examples = "bns-creative-gva-table-1") String sourceId,
            @Schema(description = "Percent of the national value, for additive indicators; otherwise null with the reason.")
            DerivedNumberDto shareOfNational) {
    }
}

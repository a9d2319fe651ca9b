package kz.creativeeconomy.analysis.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.creativeeconomy.analysis.RankingService;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.period.PeriodCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/rankings")
@Tag(name = AnalysisTag.NAME, description = AnalysisTag.DESCRIPTION)
public class RankingResource {

    private static final String INDICATOR_ALLOWED = "one indicator code listed by /v1/indicators (creative-gva, gross-product, ...)";

    @Inject
    RankingService rankings;
    @Inject
    IndicatorService indicators;
    @Inject
    RequestLanguage language;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "rankRegions", summary = "Rank regions by an indicator in a period",
            description = "Regions with a value (totals, no breakdown) of the indicator in the period, largest first. Equal values share a "
                    + "rank and the next rank skips (standard competition ranking: 1, 2, 2, 4); ties are listed by region code.\n\n"
                    + "Which regions: by default the first tier under the Republic, regions and cities of republican significance together "
                    + "(Almaty, Astana and East Kazakhstan region in one list), which answers \"which region has the most\". level narrows "
                    + "or changes this; districts and cities are ranked only when asked for, because they lie inside regions.\n\n"
                    + "For an additive indicator each region's share of the national (KZ) value of the same period, v[region] / v[KZ] * 100, "
                    + "HALF_EVEN to one decimal more than the indicator publishes; for other indicators the share is null with the reason.")
    public RankingDto rank(
            @Parameter(description = "Indicator code; required.", example = "creative-gva", required = true) @QueryParam("indicator") String indicator,
            @Parameter(description = "Period code; required.", example = "2023", required = true) @QueryParam("period") String period,
            @Parameter(description = "Administrative levels to rank together, each one of city_of_republican_significance, region, district "
                    + "or city; repeatable or comma-separated. Default: city_of_republican_significance,region.", example = "region")
            @QueryParam("level") List<String> level) {
        // indicator and period are declared above for the contract and the known-parameter check, and read here so a repeated value is refused.
        String indicatorCode = SingleValue.required(uri, "indicator", "a ranking is of one indicator", INDICATOR_ALLOWED);
        String periodValue = SingleValue.required(uri, "period", "a ranking is of one period", PeriodCode.FORMS);
        PeriodCode periodCode = PeriodCode.parse(periodValue).orElseThrow(() ->
                ProblemException.invalidParameter("period", "'" + periodValue + "' is not a period code", PeriodCode.FORMS));
        List<String> levels = QueryParams.allOf("level", level, RankingService.RANKABLE_LEVELS);
        Indicator resolved = indicators.resolveAll("indicator", List.of(indicatorCode)).get(0);
        List<String> ranked = levels.isEmpty() ? RankingService.DEFAULT_LEVELS : levels;

        return RankingDto.of(resolved, periodCode, ranked, rankings.rank(resolved, periodCode.code(), ranked), language.get());
    }
}

package kz.creativeeconomy.analysis.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.creativeeconomy.analysis.ConsistencyService;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/consistency")
@Tag(name = AnalysisTag.NAME, description = AnalysisTag.DESCRIPTION)
public class ConsistencyResource {

    @Inject
    ConsistencyService consistency;
    @Inject
    RegionService regions;
    @Inject
    RequestLanguage language;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "checkConsistency", summary = "Recompute published derived values and check the paper's figures",
            description = "For every derived indicator whose formula can be recomputed (indicator.formula of the form a / b * factor, such as "
                    + "creative-gva-share = creative-gva / gross-product * 100): each published value next to the formula applied to the "
                    + "stored components of the same region, period and breakdown, rounded HALF_EVEN to the decimals the value is published "
                    + "with. A value published with d decimals is consistent when |published - exact recomputation| <= 0.5 x 10^-d, the "
                    + "half-unit its rounding can explain; beyond that it is flagged (consistent = false). Values whose components are not "
                    + "stored have consistent = null and a reason.\n\n"
                    + "notes puts figures printed in the paper's text next to what the stored data give, such as the national growth of "
                    + "creative GVA from 2018 to 2023 (stated \"about 101.9%\"). The prose figures are claims being checked, not data: "
                    + "they are not stored as observations.")
    public ConsistencyReportDto check(
            @Parameter(description = "Derived indicator code; repeatable or comma-separated. Default: every recomputable one.",
                    example = "creative-gva-share") @QueryParam("indicator") List<String> indicator,
            @Parameter(description = "Region code or slug; repeatable or comma-separated. Default: every region.", example = "east-kazakhstan")
            @QueryParam("region") List<String> region,
            @Parameter(description = "true keeps only the values and notes flagged as inconsistent; summary still counts all.",
                    example = "true", schema = @Schema(enumeration = {"true", "false"})) @QueryParam("only_inconsistent") String onlyInconsistent) {
        boolean inconsistentOnly = "true".equals(QueryParams.oneOf("only_inconsistent", onlyInconsistent, List.of("true", "false")));
        List<Integer> regionIds = regions.resolveAll("region", QueryParams.list(region)).stream().map(r -> r.id).toList();
        return ConsistencyReportDto.of(consistency.check(QueryParams.list(indicator), regionIds, inconsistentOnly), language.get());
    }
}

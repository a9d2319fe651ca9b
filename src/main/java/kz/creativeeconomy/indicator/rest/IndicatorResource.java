package kz.creativeeconomy.indicator.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.editing.rest.CatalogueWrites;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.indicator.IndicatorEditing;
import kz.creativeeconomy.indicator.IndicatorService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "What is measured: codes, units, multipliers, definitions.")
public class IndicatorResource extends CatalogueWrites.ByCode<IndicatorDetailDto> {

    @Inject
    IndicatorService indicators;
    @Inject
    RequestLanguage language;
    @Inject
    IndicatorEditing editing;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listIndicators", summary = "List indicators", description = "Ordered by code.")
    public Page<IndicatorDto> list(
            @Parameter(description = "Only indicators of this topic.", example = "creative-economy") @QueryParam("topic") String topic,
            @Parameter(description = "Text search in code, names and definition; case-insensitive.", example = "value added") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 1000.") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        Language lang = language.get();
        String checkedTopic = QueryParams.oneOf("topic", topic, indicators.topics());
        return Pages.of(indicators.list(checkedTopic, QueryParams.text("q", q, 200)), i -> i.code, i -> IndicatorDto.of(i, lang), limit, cursor, uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicator", summary = "One indicator with its coverage")
    public IndicatorDetailDto get(@Parameter(example = "creative-gva") @PathParam("code") String code) {
        Indicator indicator = editing.require(code);
        IndicatorService.Coverage coverage = indicators.coverage(indicator);
        return new IndicatorDetailDto(IndicatorDto.of(indicator, language.get()), new IndicatorDetailDto.Coverage(
                coverage.observations(), coverage.regions(), coverage.firstPeriodStart(), coverage.lastPeriodStart()));
    }

    @Override
    protected Target<IndicatorDetailDto> writes() {
        return new Target<>(editing, this::get);
    }
}

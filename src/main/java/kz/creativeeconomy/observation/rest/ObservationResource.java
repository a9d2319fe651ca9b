package kz.creativeeconomy.observation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.creativeeconomy.common.Cursor;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "The published values: indicator x region x period x breakdown.")
public class ObservationResource {

    @Inject
    ObservationService observations;
    @Inject
    ObservationFilters filters;
    @Inject
    RequestLanguage language;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listObservations", summary = "List observations",
            description = "Filters combine with AND; the values of one repeatable filter combine with OR. "
                    + "Ordered by indicator, region, period start and id; the order is stable, so walking the next links "
                    + "visits every matching observation exactly once.")
    public Page<ObservationDto> list(
            @Parameter(description = "Indicator code; repeatable or comma-separated.", example = "creative-gva") @QueryParam("indicator") List<String> indicator,
            @Parameter(description = "Region code or slug; repeatable or comma-separated.", example = "east-kazakhstan") @QueryParam("region") List<String> region,
            @Parameter(description = "Exact period code; repeatable or comma-separated.", example = "2023") @QueryParam("period") List<String> period,
            @Parameter(description = "Periods starting on or after the start of this period or date (inclusive).", example = "2019") @QueryParam("from") String from,
            @Parameter(description = "Periods starting on or before the end of this period or date (inclusive).", example = "2021") @QueryParam("to") String to,
            @Parameter(description = "Period frequency; repeatable or comma-separated.", example = "annual") @QueryParam("frequency") List<String> frequency,
            @Parameter(description = "Status; repeatable or comma-separated.", example = "final") @QueryParam("status") List<String> status,
            @Parameter(description = "Breakdown: 'none' for totals only, a dimension (organisation_type) or dimension:member (organisation_type:museums); repeatable.",
                    example = "none") @QueryParam("breakdown") List<String> breakdown,
            @Parameter(description = "Page size, 1 to 1000.", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        Language lang = language.get();
        ObservationQuery query = filters.parse(indicator, region, period, from, to, frequency, status, breakdown, limit, cursor);
        List<ObservationRow> rows = observations.page(query);
        boolean more = rows.size() > query.limit();
        List<ObservationRow> page = more ? rows.subList(0, query.limit()) : rows;
        String next = more ? Pages.nextUrl(uri, Cursor.encode(ObservationService.keyOf(page.get(page.size() - 1)))) : null;
        return new Page<>(page.stream().map(r -> ObservationDto.of(r, lang)).toList(), next);
    }
}

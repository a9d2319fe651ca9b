package kz.creativeeconomy.year.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.http.formats.Formats;
import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.region.rest.RegionRef;
import kz.creativeeconomy.year.YearService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Years", description = "Which years have data.")
public class YearResource {

    @Inject
    YearService years;
    @Inject
    RequestLanguage language;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listYears", summary = "Years that have data, with observation, indicator and region counts")
    public Page<YearDto> list() {
        return new Page<>(years.years().stream().map(this::dto).toList(), null);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getYear", summary = "The indicators and regions covered in a year")
    public YearDetailDto get(@Parameter(example = "2023") @PathParam("year") String year) {
        int value;
        try {
            value = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("year", year, "Years are four-digit numbers listed by /v1/years.");
        }
        YearService.YearCount count = years.years().stream().filter(y -> y.year() == value).findFirst().orElseThrow(() ->
                ProblemException.notFound("data for year", year, "Years with data are listed by /v1/years."));
        Language lang = language.get();
        List<YearDetailDto.IndicatorCount> indicators = years.indicators(value).stream().map(c -> {
            Language.Localized name = lang.pick(c.nameEn(), c.nameRu(), c.nameKk());
            return new YearDetailDto.IndicatorCount(c.code(), name.text(), name.language().name(), c.observations());
        }).toList();
        List<YearDetailDto.RegionCount> regions = years.regions(value).stream().map(c -> {
            Language.Localized name = lang.pick(c.nameEn(), c.nameRu(), c.nameKk());
            return new YearDetailDto.RegionCount(new RegionRef(c.code(), c.slug(), name.text(), name.language().name(), c.level()), c.observations());
        }).toList();
        return new YearDetailDto(dto(count), indicators, regions);
    }

    private YearDto dto(YearService.YearCount y) {
        String url = uri.getBaseUriBuilder().path("v1/observations").queryParam("from", y.year()).queryParam("to", y.year()).build().toString();
        return new YearDto(y.year(), y.observations(), y.indicators(), y.regions(), url);
    }
}

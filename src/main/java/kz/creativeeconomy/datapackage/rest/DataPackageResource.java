package kz.creativeeconomy.datapackage.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.challenge.ChallengeService;
import kz.creativeeconomy.challenge.rest.ChallengeDto;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.culture.rest.CulturalOrganisationDto;
import kz.creativeeconomy.datapackage.DataPackage;
import kz.creativeeconomy.event.EventService;
import kz.creativeeconomy.event.rest.EventDto;
import kz.creativeeconomy.http.caching.DataVersion;
import kz.creativeeconomy.http.resilience.ExportSlots;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.indicator.rest.IndicatorDto;
import kz.creativeeconomy.initiative.InitiativeService;
import kz.creativeeconomy.initiative.rest.InitiativeDto;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationService;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.observation.rest.ObservationFilters;
import kz.creativeeconomy.region.RegionService;
import kz.creativeeconomy.region.rest.RegionDto;
import kz.creativeeconomy.source.SourceService;
import kz.creativeeconomy.source.rest.SourceDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/datapackage")
@Tag(name = "Catalogue", description = "DCAT-AP metadata for data portals and harvesters.")
public class DataPackageResource {

    static final String ZIP = "application/zip";

    @Inject
    ObservationService observations;
    @Inject
    ObservationFilters filters;
    @Inject
    IndicatorService indicators;
    @Inject
    RegionService regions;
    @Inject
    SourceService sources;
    @Inject
    CulturalOrganisationService organisations;
    @Inject
    EventService events;
    @Inject
    InitiativeService initiatives;
    @Inject
    ChallengeService challenges;
    @Inject
    DataVersion dataVersion;
    @Inject
    ExportSlots exportSlots;

    @GET
    @Produces(ZIP)
    @Operation(operationId = "getDataPackage", summary = "The whole dataset as a Frictionless Data Package (zip)",
            description = "datapackage.json (profile tabular-data-package: a Table Schema per resource with field types, primary and "
                    + "foreign keys, units in the field descriptions, the sources) and one CSV per resource: observations, indicators, "
                    + "regions, sources, and the cultural sector's cultural-organisations, events, initiatives and challenges, with the "
                    + "columns of the API's CSV and English names (the indicators and regions CSVs carry the ru and kk names too). Built from the live data; one data version always gives the same bytes. No licence is "
                    + "named: the sources state no terms of reuse, and the description says so.")
    @APIResponse(responseCode = "200", description = "The package.",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response get() {
        DataVersion.Version version = dataVersion.current();
        List<SourceDto> sourceRows = sources.list(null).stream().map(SourceDto::of).sorted(Comparator.comparing(SourceDto::id)).toList();
        List<IndicatorDto> indicatorRows = indicators.list(null, null).stream().map(i -> IndicatorDto.of(i, Language.en))
                .sorted(Comparator.comparing(IndicatorDto::code)).toList();
        List<RegionDto> regionRows = regions.list(new RegionService.Filter(null, null, null, null)).stream()
                .map(r -> RegionDto.of(r, Language.en)).sorted(Comparator.comparing(RegionDto::code)).toList();
        List<CulturalOrganisationDto> organisationRows = organisations.list(new CulturalOrganisationService.Filter(null, List.of(), null))
                .stream().map(o -> CulturalOrganisationDto.of(o, Language.en)).sorted(Comparator.comparing(CulturalOrganisationDto::id)).toList();
        List<EventDto> eventRows = events.list(new EventService.Filter(null, null, null, null, List.of(), null, List.of(), null))
                .stream().map(e -> EventDto.of(e, Language.en)).sorted(Comparator.comparing(EventDto::id)).toList();
        List<InitiativeDto> initiativeRows = initiatives.list(null, null).stream().map(i -> InitiativeDto.of(i, Language.en))
                .sorted(Comparator.comparing(InitiativeDto::id)).toList();
        List<ChallengeDto> challengeRows = challenges.list(null, null).stream().map(ChallengeDto::of)
                .sorted(Comparator.comparing(ChallengeDto::id)).toList();
        ObservationQuery everything = filters.parse(List.of(), List.of(), List.of(), null, null, List.of(), List.of(), List.of(), null, null);
        List<DataPackage.Resource> resources = List.of(
                new DataPackage.Resource("observations", "Observations: every published value", ObservationDto.class, List.of("id"),
                        List.of(DataPackage.foreignKey("indicator_code", "indicators", "code"),
                                DataPackage.foreignKey("region_code", "regions", "code"),
                                DataPackage.foreignKey("source_id", "sources", "id")),
                        PackageDescriptor.observationFields(),
                        item -> observations.stream(everything, row -> item.accept(ObservationDto.of(row, Language.en)))),
                new DataPackage.Resource("indicators", "Indicators: what is measured, in which unit", IndicatorDto.class, List.of("code"),
                        List.of(), PackageDescriptor.indicatorFields(), item -> indicatorRows.forEach(item)),
                new DataPackage.Resource("regions", "Regions with their KATO codes", RegionDto.class, List.of("code"),
                        List.of(), Map.of(), item -> regionRows.forEach(item)),
                new DataPackage.Resource("sources", "Sources: where each value comes from", SourceDto.class, List.of("id"),
                        List.of(), Map.of(), item -> sourceRows.forEach(item)),
                new DataPackage.Resource("cultural-organisations", "Cultural organisations of the paper, with the region they work in",
                        CulturalOrganisationDto.class, List.of("id"), List.of(DataPackage.foreignKey("region_code", "regions", "code")),
                        Map.of(), item -> organisationRows.forEach(item)),
                new DataPackage.Resource("events", "Cultural events of the paper, with their region and dates", EventDto.class, List.of("id"),
                        List.of(DataPackage.foreignKey("region_code", "regions", "code")), Map.of(), item -> eventRows.forEach(item)),
                new DataPackage.Resource("initiatives", "Initiatives of government, business and universities the paper lists",
                        InitiativeDto.class, List.of("id"), List.of(), Map.of(), item -> initiativeRows.forEach(item)),
                new DataPackage.Resource("challenges", "Challenges of the sector (the paper's Tables 4 and 5)", ChallengeDto.class,
                        List.of("id"), List.of(), Map.of(), item -> challengeRows.forEach(item)));
        Map<String, Object> descriptor = PackageDescriptor.of(version, sourceRows);
        // Every observation is streamed, as by an export: it holds one of the export slots until the zip is written.
        ExportSlots.Slot slot = exportSlots.take();
        StreamingOutput body = out -> {
            try (slot; out) {
                DataPackage.write(out, descriptor, resources);
            }
        };
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"creative-economy-kazakhstan-" + version.number() + ".zip\"").build();
    }
}

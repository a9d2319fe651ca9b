package kz.creativeeconomy.importing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.auth.RequiresRole;
import kz.creativeeconomy.auth.Role;
import kz.creativeeconomy.common.ApiDefinition;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.http.writes.WriteRequests;
import kz.creativeeconomy.importing.ImportReport;
import kz.creativeeconomy.observability.Meters;
import kz.creativeeconomy.importing.ImportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

@Path("/v1/imports")
@Tag(name = "Imports", description = "Load many observations at once, atomically (editor).")
public class ImportResource {

    private static final Logger LOG = Logger.getLogger(ImportResource.class);

    @Inject
    ImportService imports;
    @Inject
    WriteRequests writeRequests;
    @Inject
    Caller caller;
    @Inject
    Meters meters;
    @Context
    UriInfo uri;

    @POST
    @Consumes({Formats.CSV, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "importObservations", summary = "Import observations from CSV or JSON (editor)",
            description = "CSV uses the columns of the CSV export (indicator_code, region_code, period_code, breakdown_dimension, "
                    + "breakdown_member, value, status, footnote, source_id; other export columns are ignored), so an export can be edited "
                    + "and imported back. JSON is an array of objects with indicator, region, period, breakdown_dimension, breakdown_member, "
                    + "value, status, footnote, source. Rows are upserted by natural key (indicator, region, period, breakdown): importing "
                    + "the same file twice changes nothing. All or nothing: any bad row rejects the whole file (422, every bad row and column listed). "
                    + "dry_run=true validates and reports what would be inserted, updated or left unchanged, writing nothing. "
                    + "Bodies up to 64 MiB; row 1 is the first data row.")
    @RequestBody(content = {@Content(mediaType = Formats.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ImportRowSchema.class))})
    @APIResponse(responseCode = "201", description = "Imported; Location names the import record.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReportDto.class)))
    @APIResponse(responseCode = "200", description = "Dry run: what the import would do. Nothing was written.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReportDto.class)))
    public Response create(
            @Parameter(description = "Validate and report without writing anything.", schema = @Schema(enumeration = {"true", "false"}))
            @QueryParam("dry_run") String dryRun,
            @Parameter(description = "Why the data changes; kept with every revision this import makes.", required = true,
                    example = "BNS revision of 2023 GVA, June 2025") @QueryParam("reason") String reason,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        boolean dry = "true".equals(QueryParams.oneOf("dry_run", dryRun, java.util.List.of("true", "false")));
        ImportService.Format format = contentType != null && contentType.toLowerCase().startsWith("text/csv")
                ? ImportService.Format.csv : ImportService.Format.json;
        ImportReport report;
        try {
            report = imports.run(body, format, dry, reason, caller.get(), uri.getPath());
        } catch (RuntimeException e) {
            meters.importRejected();
            throw e;
        }
        if (dry) {
            meters.importDryRun();
            return Response.ok(ImportReportDto.of(report)).build();
        }
        meters.importApplied(report.inserted(), report.updated());
        LOG.infof("Import %d by %s: %d rows, %d inserted, %d updated, %d unchanged in %d ms", report.id(), report.actor(),
                report.rows(), report.inserted(), report.updated(), report.unchanged(), report.durationMs());
        writeRequests.changed();
        return Response.created(uri.getRequestUriBuilder().replaceQuery(null).path(String.valueOf(report.id())).build())
                .entity(ImportReportDto.of(report)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "getImport", summary = "One import: who ran it, when, why, and its counts (editor)")
    public ImportReportDto get(@PathParam("id") String id) {
        long importId = ProblemException.numericId("import", id, "Import ids are integers returned by POST /v1/imports.");
        return imports.find(importId).map(ImportReportDto::of)
                .orElseThrow(() -> ProblemException.notFound("import", id, "Import ids are returned by POST /v1/imports."));
    }

    @Schema(name = "ImportRow", description = "One observation of a JSON import.")
    public record ImportRowSchema(@Schema(required = true, examples = "creative-gva") String indicator,
                                  @Schema(required = true, examples = "east-kazakhstan") String region,
                                  @Schema(required = true, examples = "2023") String period,
                                  @Schema(nullable = true) String breakdownDimension,
                                  @Schema(nullable = true) String breakdownMember,
                                  @Schema(required = true, examples = "25100.0") java.math.BigDecimal value,
                                  @Schema(required = true, enumeration = {"final", "provisional", "estimated", "break"}) String status,
                                  @Schema(nullable = true) String footnote,
                                  @Schema(required = true, examples = "bns-creative-gva-table-1") String source) {
    }
}

package kz.creativeeconomy.catalog.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.creativeeconomy.catalog.CatalogGraph;
import kz.creativeeconomy.catalog.CatalogService;
import kz.creativeeconomy.catalog.JsonLd;
import kz.creativeeconomy.catalog.Rdf;
import kz.creativeeconomy.catalog.Turtle;
import kz.creativeeconomy.http.caching.DataVersion;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.http.formats.MessageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/catalog")
@Tag(name = "Catalogue", description = "DCAT-AP metadata for data portals and harvesters.")
public class CatalogResource {

    @Inject
    CatalogService catalog;
    @Inject
    MessageContext context;
    @Inject
    ObjectMapper mapper;
    @Context
    ContainerRequestContext request;

    @GET
    @Produces({Formats.JSON_LD, MediaType.APPLICATION_JSON, Formats.TURTLE})
    @Operation(operationId = "getCatalog", summary = "DCAT-AP catalogue of the datasets",
            description = "The catalogue and one dcat:Dataset per indicator with observations: titles in the languages the indicator is "
                    + "named in, descriptions in en, ru and kk, publishers and sources, terms of reuse as the sources state them (none "
                    + "do, and each dataset says so in a dct:RightsStatement; no licence is claimed), temporal coverage (first and last "
                    + "day of its periods), spatial coverage (Kazakhstan and the regions it has values for), keywords, the data version "
                    + "as dct:modified, and distributions (CSV, xlsx, JSON-stat, SDMX-CSV, JSON pages) whose URLs answer with the data.\n\n"
                    + "JSON-LD by default (application/ld+json; the context is inline and only declares prefixes, so no remote context "
                    + "is fetched); Turtle with Accept: text/turtle or format=turtle.")
    @APIResponse(responseCode = "200", description = "The catalogue.", content = {
            @Content(mediaType = Formats.JSON_LD, schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                    requiredProperties = {"@context", "@graph"}, description = "Compacted JSON-LD with an inline @context and a flat @graph.")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                    description = "The same JSON-LD document.")),
            @Content(mediaType = Formats.TURTLE, schema = @Schema(type = SchemaType.STRING, description = "The same graph in Turtle 1.1."))})
    public Response get(@Parameter(description = "Representation, overriding Accept: json-ld (the default) or turtle.", example = "turtle",
            schema = @Schema(enumeration = {"json-ld", "turtle"})) @QueryParam("format") String format) throws JsonProcessingException {
        // format is applied by FormatFilter as an Accept header before this runs; declared here for the contract.
        DataVersion.Version version = context.version();
        List<Rdf.Node> nodes = CatalogGraph.of(context.base(), version.number(), version.changedAt(), catalog.indicators(), catalog.sources());
        if (wantsTurtle()) {
            return Response.ok(Turtle.document(nodes), Formats.TURTLE + "; charset=UTF-8").build();
        }
        boolean plainJson = request.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()).orElse(false);
        return Response.ok(mapper.writeValueAsString(JsonLd.document(nodes)), plainJson ? MediaType.APPLICATION_JSON : Formats.JSON_LD).build();
    }

    private boolean wantsTurtle() {
        for (MediaType type : request.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(Formats.JSON_LD_TYPE)) {
                return false;
            }
            if (type.isCompatible(Formats.TURTLE_TYPE)) {
                return true;
            }
        }
        return false;
    }
}

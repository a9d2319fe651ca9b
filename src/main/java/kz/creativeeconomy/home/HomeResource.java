package kz.creativeeconomy.home;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The front door: what this is and where to go, so a first visit does not end on a 404. */
@Path("/")
@Tag(name = "Home")
public class HomeResource {

    @Context
    UriInfo uri;

    public record Home(String name, String description, String documentation, String contract, Map<String, String> links) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "home", summary = "What this API is and where its resources are")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "The index of the API as JSON; a browser (Accept preferring text/html) gets the explorer's home page.",
            content = {
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Home.class)),
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.TEXT_HTML,
                            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                    description = "The explorer's home page (HTML5)."))})
    public Home home() {
        Map<String, String> links = new LinkedHashMap<>();
        for (String path : new String[]{"observations", "indicators", "regions", "years", "sources", "cultural-organisations",
                "events", "initiatives", "challenges", "ecosystem-model", "rankings", "consistency", "catalog"}) {
            links.put(path.replace('-', '_'), uri.getBaseUriBuilder().path("v1/" + path).build().toString());
        }
        return new Home("Creative Economy of Kazakhstan API",
                "Open statistics on the creative economy and cultural sector of Kazakhstan, East Kazakhstan region in front. "
                        + "Every value carries its unit, period, status and source.",
                uri.getBaseUriBuilder().path("q/swagger-ui").build().toString(),
                uri.getBaseUriBuilder().path("q/openapi").build().toString(), links);
    }
}

package kz.creativeeconomy.explore;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The explorer's own addresses above its pages: /explore, /explore/, /explore/indicators and /explore/regions, what a
 * reader gets by trimming a page's URL. Their lists are on the home page, so each is sent there (to the list's heading),
 * with its query (lang=...) kept. They answered a 404, and /explore a JSON problem in the browser.
 */
@Path("/explore")
public class ExploreIndex {

    @Context
    UriInfo uri;

    @GET
    @Operation(hidden = true)
    public Response explore() {
        return home(null);
    }

    @GET
    @Path("/indicators")
    @Operation(hidden = true)
    public Response indicators() {
        return home("indicators-heading");
    }

    @GET
    @Path("/regions")
    @Operation(hidden = true)
    public Response regions() {
        return home("regions-heading");
    }

    /** 302: these may become pages of their own one day, so a browser is not told to forget them. */
    private Response home(String heading) {
        String query = uri.getRequestUri().getRawQuery();
        String target = "/" + (query == null || query.isEmpty() ? "" : "?" + query) + (heading == null ? "" : "#" + heading);
        return Response.status(Response.Status.FOUND).location(uri.getBaseUri().resolve(URI.create(target))).build();
    }
}

package kz.creativeeconomy.explore;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * "/" answers the JSON index or the explorer's page depending on Accept: every answer there, the JSON one too, says so
 * in Vary, or a shared cache could hand a browser the JSON (or curl the page).
 */
@Provider
public class RootVary implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if ("/".equals(request.getUriInfo().getPath()) && !response.getHeaders().containsKey(HttpHeaders.VARY)) {
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Language");
        }
    }
}

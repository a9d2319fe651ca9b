package kz.creativeeconomy.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemTypes;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards the operations marked {@link RequiresRole}: 401 without a valid key, 403 when its role is too low. It runs
 * before the body is read and before anything is written, so a refused request changes nothing.
 */
public class AuthFilter {

    @Inject
    ApiKeyService keys;
    @Inject
    Caller caller;

    @ServerRequestFilter
    public Response authorize(ContainerRequestContext request, ResourceInfo resource) {
        RequiresRole required = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            return unauthorized(request, "This operation needs an API key: send Authorization: Bearer <key>.");
        }
        Caller.Identity identity = keys.authenticate(header.substring(7).trim()).orElse(null);
        if (identity == null) {
            return unauthorized(request, "The API key is unknown or revoked.");
        }
        if (!identity.role().allows(required.value())) {
            return problem(request, 403, ProblemTypes.FORBIDDEN, "Forbidden",
                    "The key '" + identity.name() + "' has role " + identity.role() + "; this operation needs " + required.value() + ".");
        }
        caller.set(identity);
        return null;
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        return Response.fromResponse(problem(request, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"creative-economy\"").build();
    }

    private static Response problem(ContainerRequestContext request, int status, String type, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, request.getUriInfo().getRequestUri().getPath(), null)).build();
    }
}

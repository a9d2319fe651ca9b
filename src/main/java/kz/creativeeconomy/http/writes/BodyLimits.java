package kz.creativeeconomy.http.writes;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Documented body size limits, answered with a 413 problem before the body is read: imports 64 MiB, other writes 64 KiB. */
public class BodyLimits {

    @ConfigProperty(name = "api.limits.write-body-bytes", defaultValue = "65536")
    long writeLimit;
    @ConfigProperty(name = "api.limits.import-body-bytes", defaultValue = "67108864")
    long importLimit;

    @ServerRequestFilter(preMatching = true)
    public void checkSize(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return;
        }
        long limit = request.getUriInfo().getPath().startsWith("/v1/imports") ? importLimit : writeLimit;
        long size;
        try {
            size = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (size > limit) {
            throw new ProblemException(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                    "The body has " + size + " bytes; this operation accepts at most " + limit + " bytes. Nothing was changed.",
                    List.of(new Problem.InvalidParam("Content-Length", "over the limit", "at most " + limit + " bytes")));
        }
    }
}

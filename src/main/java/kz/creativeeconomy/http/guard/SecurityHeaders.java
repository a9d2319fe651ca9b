package kz.creativeeconomy.http.guard;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response, set before anything else runs so that errors, 429s and cached answers carry them
 * too. API responses (/v1) get the strictest policy (they are data, never a document to render); HTML pages a policy
 * that allows their own scripts, styles and images only. Framing is denied everywhere but under /embed/, whose pages
 * exist to be put in a newsroom's iframe. HSTS is sent only when the request came over HTTPS: directly, or through the
 * proxy (X-Forwarded-Proto: https), which Quarkus believes only when TRUST_PROXY is set.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** First of all filters: the requests refused by {@link RequestGuard} carry these headers too. */
    static final int PRIORITY = 1100;

    static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    static final CharSequence X_CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    static final CharSequence X_FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    static final CharSequence HSTS = HttpHeaders.createOptimized("Strict-Transport-Security");
    static final CharSequence HSTS_VALUE = HttpHeaders.createOptimized("max-age=31536000");

    /** Data is never rendered: nothing may load from it and nothing may frame it (OWASP REST Security). */
    static final CharSequence API_POLICY = HttpHeaders.createOptimized("default-src 'none'; frame-ancestors 'none'");
    /** Pages load their own scripts, styles, images and data only; styles may be inline (charts set them). */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** Swagger UI's generated index.html starts the UI with inline scripts. */
    static final String SWAGGER_UI_POLICY = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    static final String EMBED_PREFIX = "/embed/";

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        MultiMap headers = response.headers();
        headers.set(X_CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(REFERRER_POLICY, NO_REFERRER);
        if (request.isSSL() || "https".equals(request.scheme())) {
            headers.set(HSTS, HSTS_VALUE);
        }
        String path = request.path();
        if (path != null && path.startsWith("/v1")) {
            headers.set(X_FRAME_OPTIONS, DENY);
            headers.set(CSP, API_POLICY);
        } else {
            boolean embeddable = path != null && path.startsWith(EMBED_PREFIX);
            if (!embeddable) {
                headers.set(X_FRAME_OPTIONS, DENY);
            }
            String pagePolicy = (path != null && path.startsWith("/q/swagger-ui") ? SWAGGER_UI_POLICY : PAGE_POLICY)
                    + (embeddable ? "; frame-ancestors *" : "; frame-ancestors 'none'");
            // Whether the answer is a page is known only once it is written (a page, an image, a problem).
            context.addHeadersEndHandler(ignored -> {
                String type = headers.get(HttpHeaders.CONTENT_TYPE);
                boolean html = type != null && type.regionMatches(true, 0, "text/html", 0, 9);
                headers.set(CSP, html ? pagePolicy : embeddable ? "default-src 'none'; frame-ancestors *" : API_POLICY.toString());
            });
        }
        context.next();
    }
}

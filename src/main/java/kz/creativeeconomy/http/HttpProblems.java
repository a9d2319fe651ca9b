package kz.creativeeconomy.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemTexts;
import kz.creativeeconomy.common.RequestLanguage;

/**
 * Writes a problem+json answer straight on the Vert.x response, for the errors decided before a request reaches
 * RESTEasy (malformed requests, rate limits, router failures): they get the same body the REST layer gives its own.
 */
public final class HttpProblems {

    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private HttpProblems() {
    }

    /**
     * Ends the response with this problem in the request's language (lang, else Accept-Language), as the REST layer
     * answers its own (ProblemLanguage); a request whose lang or escapes are themselves the problem is answered in English.
     */
    public static void send(RoutingContext context, Problem problem) {
        Language language;
        try {
            language = RequestLanguage.resolve(context.request().getParam("lang"), context.request().getHeader("Accept-Language"));
        } catch (RuntimeException e) {
            language = Language.en;
        }
        send(context.response(), ProblemTexts.localize(problem, language));
    }

    /** Ends the response with this problem, unless something already ended it. */
    public static void send(HttpServerResponse response, Problem problem) {
        if (response.ended() || response.closed() || response.headWritten()) {
            return;
        }
        byte[] body = body(problem);
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(body));
    }

    /** The problem as its JSON bytes. */
    public static byte[] body(Problem problem) {
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document cannot fail to serialise", e);
        }
    }

    public static Problem problem(int status, String type, String title, String detail, String instance, String parameter,
                                  String reason, String allowed) {
        return new Problem(type, title, status, detail, instance,
                parameter == null ? null : List.of(new Problem.InvalidParam(parameter, reason, allowed)));
    }
}

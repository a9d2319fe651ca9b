package kz.creativeeconomy.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Problem examples that match their status, and the overload answers every operation can give: 429 with the
 * RateLimit headers (which every 2xx and 4xx answer carries) and 503 with Retry-After (issue 17 points 1 to 3;
 * documented here for every operation at once).
 */
final class ContractResponses {

    static final String TOO_MANY_REQUESTS = "urn:creative-economy:problem:too-many-requests";

    /** type, title and detail of the example problem of each status. */
    private static final Map<String, List<String>> EXAMPLES = Map.ofEntries(
            Map.entry("400", List.of(ProblemTypes.INVALID_PARAMETER, "Invalid query parameter",
                    "Parameter 'region': unknown region 'mars'. Allowed: a region code (KZ, 630000000, ...) or slug (east-kazakhstan, ...) listed by /v1/regions.")),
            Map.entry("401", List.of(ProblemTypes.UNAUTHORIZED, "Unauthorized", "This operation needs an API key: send Authorization: Bearer <key>.")),
            Map.entry("403", List.of(ProblemTypes.FORBIDDEN, "Forbidden", "This operation needs an admin key; yours is an editor key.")),
            Map.entry("404", List.of(ProblemTypes.NOT_FOUND, "Not found", "No region 'mars'. Use a code or slug listed by /v1/regions.")),
            Map.entry("405", List.of(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", "PATCH is not allowed here. Allowed: GET, HEAD.")),
            Map.entry("406", List.of(ProblemTypes.NOT_ACCEPTABLE, "Not acceptable", "Unknown format 'xml'. Supported: json, csv.")),
            Map.entry("409", List.of(ProblemTypes.CONFLICT, "Conflict", "The resource already exists.")),
            Map.entry("412", List.of(ProblemTypes.PRECONDITION_FAILED, "Precondition failed", "If-Match does not carry the current ETag: GET the resource again.")),
            Map.entry("413", List.of(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", "The body is over 64 MiB.")),
            Map.entry("415", List.of(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Send Content-Type: application/json.")),
            Map.entry("422", List.of(ProblemTypes.VALIDATION_FAILED, "Validation failed", "1 field is not acceptable; see errors.")),
            Map.entry("428", List.of(ProblemTypes.PRECONDITION_REQUIRED, "Precondition required", "Send If-Match with the ETag of your last GET.")),
            Map.entry("429", List.of(TOO_MANY_REQUESTS, "Too many requests", "Over 60 requests a minute from this client. Retry after the number of seconds in Retry-After.")),
            Map.entry("500", List.of(ProblemTypes.INTERNAL, "Internal error", "The server failed; nothing was changed.")),
            Map.entry("503", List.of(ProblemTypes.UNAVAILABLE, "Service unavailable", "The database cannot be reached. Retry after the number of seconds in Retry-After.")));

    private ContractResponses() {
    }

    static Content problemContent(String status) {
        List<String> example = EXAMPLES.get(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", example.get(0));
        body.put("title", example.get(1));
        body.put("status", Integer.parseInt(status));
        body.put("detail", example.get(2));
        body.put("instance", status.equals("404") ? "/v1/regions/mars" : "/v1/regions");
        if (status.equals("400")) {
            Map<String, String> invalid = new LinkedHashMap<>(); // in the order of Problem.InvalidParam, so the contract does not churn
            invalid.put("name", "region");
            invalid.put("reason", "unknown region 'mars'");
            invalid.put("allowed", "a region code (KZ, 630000000, ...) or slug (east-kazakhstan, ...) listed by /v1/regions");
            body.put("invalid_params", List.of(invalid));
        }
        MediaType mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")).example(body);
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
    }

    static void addOverloadResponses(OpenAPI openAPI) {
        Map<String, Header> limited = rateLimitHeaders();
        limited.put("Retry-After", seconds("Seconds until the client may send requests again."));
        openAPI.getComponents().addResponse("Problem429", OASFactory.createAPIResponse()
                .description("Too many requests from this client (its API key, else its address). Wait Retry-After seconds.")
                .headers(limited).content(problemContent("429")));
        openAPI.getComponents().addResponse("Problem503", OASFactory.createAPIResponse()
                .description("Overloaded, or the database is unavailable; nothing was changed. Retry after Retry-After seconds.")
                .headers(new LinkedHashMap<>(Map.of("Retry-After", seconds("Seconds after which a retry may succeed.")))).content(problemContent("503")));
    }

    /** Every operation may answer 429 and 503, and, like any server, 500. */
    static void decorate(Operation operation) {
        for (String status : List.of("429", "500", "503")) {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref("Problem" + status));
            }
        }
    }

    /** The RateLimit headers on every 2xx and 4xx answer: inline ones, and the shared responses operations refer to. */
    static void addRateLimitHeaders(OpenAPI openAPI) {
        openAPI.getComponents().getResponses().forEach((name, response) -> {
            if (name.matches("Problem4\\d\\d|" + OpenApiDefaults.STILL_REFERENCED)) {
                addRateLimitHeaders(response);
            }
        });
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (response.getRef() == null && (status.startsWith("2") || status.startsWith("4"))) {
                        addRateLimitHeaders(response);
                    }
                })));
    }

    private static void addRateLimitHeaders(APIResponse response) {
        rateLimitHeaders().forEach((name, header) -> {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                response.addHeader(name, header);
            }
        });
    }

    private static Map<String, Header> rateLimitHeaders() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Limit", count("Requests this client may send in the current window.", 60));
        headers.put("RateLimit-Remaining", count("Requests left in the current window.", 59));
        headers.put("RateLimit-Reset", seconds("Seconds until the window resets."));
        return headers;
    }

    private static Header count(String description, int example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO)
                        .maximum(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)));
    }

    private static Header seconds(String description) {
        return OASFactory.createHeader().description(description).example(30)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO)
                        .maximum(java.math.BigDecimal.valueOf(86_400)));
    }
}

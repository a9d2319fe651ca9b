package kz.creativeeconomy.common;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, once for every /v1 operation, what every operation shares: the language parameters and the
 * problem+json error responses.
 */
public class OpenApiDefaults implements OASFilter {

    private static final Map<String, String> ERRORS = new java.util.TreeMap<>(Map.of(
            "400", "A query parameter is unknown or has a value that is not allowed; the problem names it and lists what is allowed.",
            "404", "No such resource.",
            "405", "The method is not allowed on this path.",
            "406", "None of the media types in Accept can be served.",
            "500", "The server failed; nothing was changed."));

    /** Responses of the operations that need a key or take a body. */
    private static final Map<String, String> WRITE_ERRORS = new java.util.TreeMap<>(Map.of(
            "401", "No API key, or an unknown or revoked one. Nothing was changed.",
            "403", "The key's role is too low for this operation. Nothing was changed.",
            "409", "The resource already exists.",
            "412", "If-Match does not carry the current data version: the data changed since your GET. Nothing was changed.",
            "413", "The body is over the documented size limit. Nothing was changed.",
            "415", "The body's Content-Type is not accepted.",
            "422", "The body was understood but fields (or rows of an import) are not acceptable; one entry per problem. Nothing was changed.",
            "428", "If-Match is required for this change."));

    /** The 409 of deletes, which differs from the 409 of creates; operations refer to it by name. */
    public static final String STILL_REFERENCED = "ProblemStillReferenced";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addParameter("lang", OASFactory.createParameter().name("lang").in(Parameter.In.QUERY)
                        .description("Language of names and labels: en, ru or kk. Wins over Accept-Language. A missing translation falls back to en, and the item says so.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("en", "ru", "kk"))))
                .addParameter("Accept-Language", OASFactory.createParameter().name("Accept-Language").in(Parameter.In.HEADER)
                        .description("Preferred languages (RFC 9110); used when lang is absent.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example("ru-KZ, ru;q=0.9, en;q=0.5"));
        ERRORS.forEach((status, description) -> openAPI.getComponents().addResponse("Problem" + status,
                OASFactory.createAPIResponse().description(description).content(problemContent())));
        WRITE_ERRORS.forEach((status, description) -> openAPI.getComponents().addResponse("Problem" + status,
                OASFactory.createAPIResponse().description(description).content(problemContent())));
        openAPI.getComponents().addResponse(STILL_REFERENCED, OASFactory.createAPIResponse()
                .description("Other data still refers to the resource; the problem's detail names what and how much. Nothing was changed.")
                .content(problemContent()));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/v1")) {
                item.getOperations().forEach((method, operation) -> decorate(method, operation));
            }
        });
    }

    private static void decorate(PathItem.HttpMethod method, Operation operation) {
        if (method == PathItem.HttpMethod.GET) {
            operation.addParameter(OASFactory.createParameter().ref("lang"));
            operation.addParameter(OASFactory.createParameter().ref("Accept-Language"));
        }
        java.util.Set<String> statuses = new java.util.TreeSet<>(ERRORS.keySet());
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            statuses.addAll(java.util.List.of("401", "403"));
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            statuses.addAll(java.util.List.of("413", "415", "422"));
        }
        if (method == PathItem.HttpMethod.POST) {
            statuses.add("409");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            statuses.addAll(java.util.List.of("412", "422", "428"));
        }
        statuses.forEach(status -> {
            APIResponse existing = operation.getResponses().getAPIResponse(status);
            // The generator adds a bare "Bad Request" to operations with a body; the answer is a problem like every other error.
            if (existing == null || existing.getRef() == null && existing.getContent() == null) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref("Problem" + status));
            }
        });
    }

    private static Content problemContent() {
        MediaType mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))
                .example(new java.util.TreeMap<>(Map.of("type", ProblemTypes.INVALID_PARAMETER, "title", "Invalid query parameter", "status", 400,
                        "detail", "Parameter 'region': unknown region 'mars'. Allowed: a region code (KZ, 630000000, ...) or slug (east-kazakhstan, ...) listed by /v1/regions.",
                        "instance", "/v1/observations",
                        "invalid_params", List.of(Map.of("name", "region", "reason", "unknown region 'mars'",
                                "allowed", "a region code (KZ, 630000000, ...) or slug (east-kazakhstan, ...) listed by /v1/regions")))));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
    }

}

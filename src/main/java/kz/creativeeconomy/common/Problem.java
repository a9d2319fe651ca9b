package kz.creativeeconomy.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import kz.creativeeconomy.observability.RequestIds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every 4xx and 5xx response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(description = "Stable URI identifying the problem type.", examples = "urn:creative-economy:problem:invalid-parameter") String type,
        @Schema(description = "Short human summary of the problem type.", examples = "Invalid query parameter") String title,
        @Schema(description = "HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong and how to fix it.", examples = "Unknown region 'mars'. Use a region code or slug listed by /v1/regions.") String detail,
        @Schema(description = "The request path that caused the problem.", examples = "/v1/observations") String instance,
        @Schema(description = "One entry per rejected parameter.") List<InvalidParam> invalidParams,
        @Schema(description = "One entry per rejected field of a request body or row of an import.") List<FieldError> errors,
        @Schema(description = "The id of the request, as in its X-Request-Id response header and in every log line it caused: quote it when reporting a problem.",
                examples = "3f2b8c1e-4a4d-4c2e-9a57-0d6a8b7e2f10") String requestId) {

    public Problem(String type, String title, int status, String detail, String instance, List<InvalidParam> invalidParams) {
        this(type, title, status, detail, instance, invalidParams, null);
    }

    /** A problem of the request being served: it carries the request's id (RequestIds). */
    public Problem(String type, String title, int status, String detail, String instance, List<InvalidParam> invalidParams,
                   List<FieldError> errors) {
        this(type, title, status, detail, instance, invalidParams, errors, RequestIds.current());
    }

    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            @Schema(description = "Row of an imported file (1 = first data row), when the error is in an import.", examples = "12") Long row,
            @Schema(description = "The field or column.", examples = "value") String field,
            @Schema(description = "What is wrong.", examples = "'12,5' is not a decimal number") String reason,
            @Schema(description = "What is allowed.", examples = "a decimal number with a dot, such as 12.5") String allowed) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "InvalidParam")
    public record InvalidParam(
            @Schema(description = "Name of the query parameter, header or path segment.", examples = "region") String name,
            @Schema(description = "Why the value was rejected.", examples = "unknown region 'mars'") String reason,
            @Schema(description = "What is allowed instead.", examples = "a region code or slug listed by /v1/regions") String allowed) {
    }
}

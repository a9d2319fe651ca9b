package kz.creativeeconomy.common;

import java.util.List;
import java.util.Map;
import kz.creativeeconomy.editing.rest.CatalogueWriteDocs;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, once for every /v1 operation, what every operation shares: the language parameters and the
 * problem+json error responses; then the passes that make the whole contract exact and bounded (ContractResponses,
 * ContractParameters, ContractSchemas, ContractInfo), so resources and DTOs need no per-method contract plumbing.
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
                OASFactory.createAPIResponse().description(description).content(ContractResponses.problemContent(status))));
        WRITE_ERRORS.forEach((status, description) -> openAPI.getComponents().addResponse("Problem" + status,
                OASFactory.createAPIResponse().description(description).content(ContractResponses.problemContent(status))));
        openAPI.getComponents().addResponse(STILL_REFERENCED, OASFactory.createAPIResponse()
                .description("Other data still refers to the resource; the problem's detail names what and how much. Nothing was changed.")
                .content(ContractResponses.problemContent("409")));
        ContractResponses.addOverloadResponses(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        addHttpComponents(openAPI);
        CatalogueWriteDocs.apply(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (path.startsWith("/v1")) {
                decorate(path, method, operation);
            }
            ContractResponses.decorate(operation);
            ContractParameters.apply(operation);
        }));
        ContractParameters.apply(openAPI.getComponents().getParameters());
        ContractResponses.addRateLimitHeaders(openAPI);
        ContractSchemas.apply(openAPI);
        anyJsonStatValue(openAPI);
        ContractInfo.apply(openAPI);
    }

    /** Parameters and headers of HTTP caching and of the representations, shared by every GET. */
    private static void addHttpComponents(OpenAPI openAPI) {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        openAPI.getComponents()
                .addParameter("If-None-Match", OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                        .description("ETags of representations you hold; 304 when one is current.").schema(text).example("\"33-21b2921619c6bfa35865b312\""))
                .addParameter("If-Modified-Since", OASFactory.createParameter().name("If-Modified-Since").in(Parameter.In.HEADER)
                        .description("304 when the data has not changed since this date (used when If-None-Match is absent).")
                        .schema(text).example("Fri, 27 Nov 2026 00:10:54 GMT"))
                .addParameter("format", OASFactory.createParameter().name("format").in(Parameter.In.QUERY)
                        .description("Representation, overriding Accept: json, csv or xlsx (json-stat on /v1/observations).")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("json", "csv", "xlsx"))))
                .addParameter("bom", OASFactory.createParameter().name("bom").in(Parameter.In.QUERY)
                        .description("With CSV: true prefixes a UTF-8 byte-order mark so Excel shows Cyrillic correctly.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)))
                .addResponse("NotModified", OASFactory.createAPIResponse()
                        .description("Not modified: the representation identified by If-None-Match or If-Modified-Since is current.")
                        .headers(cachingHeaders()));
    }

    private static Map<String, org.eclipse.microprofile.openapi.models.headers.Header> cachingHeaders() {
        Map<String, org.eclipse.microprofile.openapi.models.headers.Header> headers = new java.util.LinkedHashMap<>();
        headers.put("ETag", header("Strong validator derived from the data version and the request; changes when the data changes, and only then.", "\"33-21b2921619c6bfa35865b312\""));
        headers.put("Last-Modified", header("When the published data last changed.", "Fri, 27 Nov 2026 00:10:54 GMT"));
        headers.put("Cache-Control", header("public, max-age=300, stale-while-revalidate=86400; as_of a past instant: public, max-age=31536000, immutable.",
                "public, max-age=300, stale-while-revalidate=86400"));
        headers.put("Vary", header("What the representation depends on.", "Accept, Accept-Language"));
        headers.put("Content-Language", header("The language of names and labels served (en, ru or kk).", "ru"));
        return headers;
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description, String example) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example(example);
    }

    private static void decorate(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (method == PathItem.HttpMethod.GET) {
            operation.addParameter(OASFactory.createParameter().ref("lang"));
            operation.addParameter(OASFactory.createParameter().ref("Accept-Language"));
            APIResponse ok = operation.getResponses().getAPIResponse("200");
            MediaType xlsx = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType(kz.creativeeconomy.http.formats.Formats.XLSX);
            if (xlsx != null) {
                // A workbook, not the JSON of the page: the generator gives every produced type the method's return schema.
                xlsx.schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary")
                        .description("xlsx workbook: sheet 'data' has the CSV's columns as typed cells (numbers numeric with their decimals, "
                                + "codes and periods as text, header row frozen); sheet 'sources' lists the sources and footnotes of the rows."));
            }
            boolean csv = ok != null && ok.getContent() != null && ok.getContent().getMediaType("text/csv") != null;
            boolean named = operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> "format".equals(p.getName()));
            if (csv && !named) {
                operation.addParameter(OASFactory.createParameter().ref("format"));
            }
            // bom applies to every CSV, also where an operation names its own formats (the series and its charts).
            if (csv && operation.getParameters().stream().noneMatch(p -> "bom".equals(p.getName()) || "#/components/parameters/bom".equals(p.getRef()))) {
                operation.addParameter(OASFactory.createParameter().ref("bom"));
            }
            if (!secured) {
                operation.addParameter(OASFactory.createParameter().ref("If-None-Match"));
                operation.addParameter(OASFactory.createParameter().ref("If-Modified-Since"));
                operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
                if (ok != null) {
                    Map<String, org.eclipse.microprofile.openapi.models.headers.Header> headers = cachingHeaders();
                    if (ok.getContent() != null && ok.getContent().getMediaType("text/csv") != null) {
                        headers.put("Content-Disposition", header("With CSV or xlsx: attachment with a file name.", "attachment; filename=\"observations.csv\""));
                    }
                    if (path.equals("/v1/observations") || csv) {
                        headers.put("Link", header("The next page, as in the body's next: <url>; rel=\"next\".", "<http://localhost:8080/v1/observations?cursor=djF8MXwxfDIwMTgtMDEtMDF8MQ>; rel=\"next\""));
                    }
                    headers.forEach(ok::addHeader);
                }
            }
        }
        java.util.Set<String> statuses = new java.util.TreeSet<>(ERRORS.keySet());
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

    /**
     * JSON-stat's value is an array (dense) or an object (sparse=true): a schema without a type, so every generated client
     * reads it as any JSON (a oneOf of array and object made openapi-generator's java/native client fail to compile).
     */
    private static void anyJsonStatValue(OpenAPI openAPI) {
        Schema dataset = openAPI.getComponents().getSchemas() == null ? null : openAPI.getComponents().getSchemas().get("JsonStatDataset");
        if (dataset == null || dataset.getProperties() == null || !dataset.getProperties().containsKey("value")) {
            return;
        }
        dataset.addProperty("value", OASFactory.createSchema().description(dataset.getProperties().get("value").getDescription()
                + " An array of numbers and nulls, or an object of numbers by cell index."));
    }
}

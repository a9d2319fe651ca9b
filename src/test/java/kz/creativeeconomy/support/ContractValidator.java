package kz.creativeeconomy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks every response against the committed contract, strictly: the operation must exist, the status and the
 * media type must be documented, and a JSON body must validate against the documented schema as JSON Schema
 * 2020-12 (the dialect of OpenAPI 3.1), so a null where the contract says object, or a missing required field, fails.
 */
final class ContractValidator implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final ObjectNode contract;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    /** false: requests the tests make on purpose outside the contract (unknown paths and methods) are let through. */
    private final boolean strict;

    private record Template(String path, Pattern pattern, int literalLength) {
    }

    ContractValidator(Path file, boolean strict) throws IOException {
        this.strict = strict;
        contract = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        contract.get("paths").fieldNames().forEachRemaining(path -> templates.add(new Template(path,
                Pattern.compile(path.replaceAll("\\{[^/]+}", "[^/]+")), path.replaceAll("\\{[^/]+}", "").length())));
        templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        List<String> problems = check(request.getMethod(), URI.create(request.getURI()), response);
        if (!problems.isEmpty()) {
            throw new AssertionError("The response to " + request.getMethod() + " " + request.getURI() + " breaks openapi/openapi.yaml:\n  "
                    + String.join("\n  ", problems) + "\nStatus " + response.statusCode() + ", body: " + abbreviate(response.asString()));
        }
        return response;
    }

    List<String> check(String method, URI uri, Response response) {
        String path = uri.getRawPath();
        if ("/v1/observations".equals(path) && uri.getRawQuery() != null && Set.of(uri.getRawQuery().split("&")).contains("format=json-stat")) {
            path = "/v1/observations/json-stat"; // the old spelling of this operation; same dataset (JsonStatTest pins the bytes)
        }
        String type = response.contentType() == null ? "" : response.contentType();
        if ("/v1/observations".equals(path) && response.statusCode() == 200 && type.startsWith("application/vnd.sdmx.data+")) {
            // format=sdmx-csv or sdmx-json, or an SDMX Accept: the SDMX operations answer them (SdmxRouting)
            path = type.startsWith("application/vnd.sdmx.data+csv") ? "/v1/observations/sdmx-csv" : "/v1/observations/sdmx-json";
        }
        String matched = uriPath(path);
        String template = templates.stream().filter(t -> t.pattern().matcher(matched).matches()).map(Template::path).findFirst().orElse(null);
        String verb = method.toLowerCase(Locale.ROOT);
        boolean head = verb.equals("head");
        JsonNode operation = template == null ? null : contract.get("paths").get(template).get(head ? "get" : verb);
        if (operation == null) {
            return strict ? List.of("no operation " + method + " " + path + " in the contract") : List.of();
        }
        String status = String.valueOf(response.statusCode());
        JsonNode documented = operation.path("responses").get(status);
        if (documented == null) {
            return strict ? List.of("status " + status + " is not documented for " + method + " " + template) : List.of();
        }
        String pointer = "/paths/" + escape(template) + "/" + (head ? "get" : verb) + "/responses/" + status;
        if (documented.has("$ref")) {
            pointer = documented.get("$ref").asText().substring(1);
            documented = contract.at(pointer);
        }
        byte[] body = response.asByteArray();
        if (head || body.length == 0) {
            return List.of();
        }
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        if (!documented.path("content").has(contentType)) {
            return List.of("media type '" + contentType + "' is not documented for status " + status + " of " + method + " " + template);
        }
        if (!contentType.endsWith("json")) {
            return List.of();
        }
        String schemaPointer = pointer + "/content/" + escape(contentType) + "/schema";
        try {
            JsonNode document = JSON.readTree(body);
            List<String> problems = new ArrayList<>();
            for (ValidationMessage message : schema(schemaPointer).validate(document)) {
                problems.add(message.getMessage());
            }
            return problems;
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
    }

    private JsonSchema schema(String pointer) {
        return compiled.computeIfAbsent(pointer, p -> {
            ObjectNode root = contract.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#" + p);
            return SCHEMAS.getSchema(root, CONFIG);
        });
    }

    private static String uriPath(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
    }
}

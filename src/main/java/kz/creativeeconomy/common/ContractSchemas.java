package kz.creativeeconomy.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes the generated schemas say exactly what the server sends, so that a strict JSON Schema 2020-12 validator and
 * generated clients agree with the wire: a nullable reference is null-able (the scanner's extra {@code type: object}
 * beside {@code anyOf [X, null]} rejected null), every property of a response object is required (the DTOs always
 * write every field, null or not), and every string, array and integer is bounded (OWASP API4, issue 17).
 */
final class ContractSchemas {

    /**
     * Response schemas whose absent fields are left out of the JSON (@JsonInclude NON_NULL), and the JSON-stat ones
     * (JsonStatSchema): their own annotations decide what is required.
     */
    private static final Set<String> SPARSE = Set.of("Problem", "FieldError", "InvalidParam");

    /**
     * Properties sent only to readers of Kazakh and Russian (@JsonInclude NON_NULL): the language of a project text or of
     * a source's title. English responses leave them out, so every English URL keeps answering the bytes it did.
     */
    private static final Set<String> LANGUAGE_MARKERS = Set.of("footnote_language", "title_language", "definition_language");

    /** Pages that carry a whole list in one page (the revisions of one observation), not a page of at most limit items. */
    private static final Set<String> PAGED_WHOLE = Set.of("PageRevisionDto");

    private ContractSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        Set<String> fromRequests = new HashSet<>();
        Set<String> fromResponses = new HashSet<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getRequestBody() != null) {
                    schemasOf(operation.getRequestBody().getContent(), s -> reachable(s, components, fromRequests));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values()
                            .forEach(response -> schemasOf(response.getContent(), s -> reachable(s, components, fromResponses)));
                }
            }));
        }
        if (openAPI.getComponents().getResponses() != null) {
            for (APIResponse response : openAPI.getComponents().getResponses().values()) {
                schemasOf(response.getContent(), s -> reachable(s, components, fromResponses));
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(h -> walk(h.getSchema(), ContractSchemas::bounded));
                }
            }
        }
        Schema jsonStatValue = components.get("JsonStatDataset") == null ? null : components.get("JsonStatDataset").getProperties().get("value");
        if (jsonStatValue != null && jsonStatValue.getItems() != null) {
            jsonStatValue.getItems().addType(SchemaType.NULL); // a gap in the cube is a null cell
        }
        components.forEach((name, schema) -> {
            Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
            if (items != null && name.contains("Page") && !PAGED_WHOLE.contains(name)) {
                items.setMaxItems(QueryParams.MAX_LIMIT);
            }
            if (fromResponses.contains(name) && !fromRequests.contains(name) && !SPARSE.contains(name) && !name.startsWith("JsonStat")) {
                walk(schema, ContractSchemas::requireEveryProperty);
            }
            walk(schema, ContractSchemas::exactNullability);
            walk(schema, ContractSchemas::bounded);
        });
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        schemasOf(response.getContent(), s -> walk(s, ContractSchemas::bounded));
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(h -> walk(h.getSchema(), ContractSchemas::bounded));
                        }
                    });
                }
                if (operation.getRequestBody() != null) {
                    schemasOf(operation.getRequestBody().getContent(), s -> walk(s, ContractSchemas::bounded));
                }
            }));
        }
    }

    /** Bounds of parameters: what InputBounds enforces on every request. */
    static void boundParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || parameter.getRef() != null) {
            return;
        }
        int maxLength = switch (parameter.getIn()) {
            case PATH -> InputBounds.PATH_SEGMENT_LENGTH;
            case HEADER -> InputBounds.HEADER_LENGTH;
            default -> InputBounds.QUERY_VALUE_LENGTH;
        };
        if (has(schema, SchemaType.ARRAY)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(InputBounds.REPEATED_VALUES);
            }
            if (parameter.getExample() != null && !(parameter.getExample() instanceof List)) {
                parameter.setExample(List.of(String.valueOf(parameter.getExample()))); // a repeatable parameter's example is a list of values
            }
            schema = schema.getItems();
        }
        if (schema != null && has(schema, SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(maxLength);
        }
    }

    private static void schemasOf(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().filter(m -> m.getSchema() != null).forEach(m -> action.accept(m.getSchema()));
        }
    }

    private static void reachable(Schema schema, Map<String, Schema> components, Set<String> seen) {
        walk(schema, s -> {
            if (s.getRef() != null) {
                String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
                if (seen.add(name) && components.get(name) != null) {
                    reachable(components.get(name), components, seen);
                }
            }
        });
    }

    /** Visits a schema and every schema inside it, without following references. */
    static void walk(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> walk(p, action));
        }
        walk(schema.getItems(), action);
        walk(schema.getAdditionalPropertiesSchema(), action);
        for (List<Schema> group : new ArrayList<>(java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf()))) {
            if (group != null) {
                group.forEach(s -> walk(s, action));
            }
        }
    }

    private static void requireEveryProperty(Schema schema) {
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet().stream().filter(p -> !LANGUAGE_MARKERS.contains(p)).toList()));
        }
    }

    /** anyOf [X, null] alone says "X or null"; a type beside it that lacks null forbade the null the server sends. */
    private static void exactNullability(Schema schema) {
        boolean nullBranch = schema.getAnyOf() != null && schema.getAnyOf().stream()
                .anyMatch(s -> s.getType() != null && s.getType().equals(List.of(SchemaType.NULL)));
        if (nullBranch && schema.getType() != null && !schema.getType().contains(SchemaType.NULL)) {
            schema.setType(null);
        }
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null); // a reference's siblings only narrow it; the type is the referenced schema's
        }
    }

    private static void bounded(Schema schema) {
        if (schema.getRef() != null || schema.getType() == null) {
            return;
        }
        if (has(schema, SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null && schema.getConstValue() == null) {
            schema.setMaxLength(InputBounds.STORED_TEXT_LENGTH);
        }
        if (has(schema, SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(InputBounds.LIST_ITEMS);
        }
        if (has(schema, SchemaType.INTEGER)) {
            // Without a narrower bound, the bound is the width of the Java type that holds the value.
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
    }

    static boolean has(Schema schema, SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }
}

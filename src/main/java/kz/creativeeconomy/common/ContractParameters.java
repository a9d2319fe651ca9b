package kz.creativeeconomy.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Parameters typed as the server reads them (the resources take every parameter as text, so the scanner typed them
 * all as strings), described, and bounded as InputBounds enforces.
 */
final class ContractParameters {

    /** Descriptions of path parameters the resources leave undescribed. */
    private static final Map<String, String> PATH_DESCRIPTIONS = Map.of(
            "id", "The id of the item, as its list gives it.",
            "code", "The indicator's code, as /v1/indicators lists it.",
            "code_or_slug", "The region's code or slug, as /v1/regions lists them.",
            "year", "A year that /v1/years lists, such as 2023.");

    private ContractParameters() {
    }

    static void apply(Operation operation) {
        if ((operation.getDescription() == null || operation.getDescription().isBlank()) && operation.getSummary() != null) {
            operation.setDescription(operation.getSummary() + ".");
        }
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getRef() != null || parameter.getSchema() == null) {
                continue;
            }
            if (parameter.getDescription() == null && PATH_DESCRIPTIONS.containsKey(parameter.getName())) {
                parameter.setDescription(PATH_DESCRIPTIONS.get(parameter.getName()));
            }
            Schema schema = parameter.getSchema();
            if (isBooleanEnum(schema)) {
                schema.setEnumeration(null);
                schema.setType(List.of(SchemaType.BOOLEAN));
            }
            if ("limit".equals(parameter.getName()) && parameter.getIn() == Parameter.In.QUERY) {
                boolean observations = "listObservations".equals(operation.getOperationId());
                // SDMX-CSV (kz.creativeeconomy.sdmx) pages and exports as the observations' CSV does.
                boolean orAll = observations || "getObservationsSdmxCsv".equals(operation.getOperationId());
                parameter.setExample(orAll ? "100" : 100);
                // "An integer or all" as one pattern: a oneOf [integer, "all"] made java/native send one_of_0=100 and
                // fail on a missing limit, so every generated client could not page observations.
                parameter.setSchema(orAll
                        ? OASFactory.createSchema().addType(SchemaType.STRING).pattern("^([1-9][0-9]{0,2}|1000|all)$").maxLength(4)
                        .defaultValue(String.valueOf(QueryParams.DEFAULT_LIMIT)).description(observations
                                ? "An integer from 1 to 1000, or all (with format=csv)." : "An integer from 1 to 1000, or all (the whole result, streamed).")
                        : pageSize());
            }
            ContractSchemas.boundParameter(parameter);
        }
    }

    static void apply(Map<String, Parameter> components) {
        if (components != null) {
            components.values().forEach(ContractSchemas::boundParameter);
        }
    }

    private static Schema pageSize() {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(QueryParams.MAX_LIMIT)).defaultValue(QueryParams.DEFAULT_LIMIT);
    }

    /** The scanner's rendering of a parameter documented as enumeration {"true", "false"}. */
    private static boolean isBooleanEnum(Schema schema) {
        return schema.getEnumeration() != null && schema.getEnumeration().size() == 2
                && schema.getEnumeration().stream().allMatch(v -> "true".equals(String.valueOf(v)) || "false".equals(String.valueOf(v)));
    }
}

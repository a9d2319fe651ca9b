package kz.creativeeconomy.sdmx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The SDMX-JSON 2.0.0 schemas of the SDMX TWG (src/test/resources/sdmx, see its README), compiled once. They name the
 * meta-schema "http://json-schema.org/schema#" and use const: they are read as draft 7, with format assertions on.
 */
final class SdmxSchemas {

    static final JsonSchema DATA = load("sdmx-json-data-schema-2.0.0.json");
    static final JsonSchema STRUCTURE = load("sdmx-json-structure-schema-2.0.0-subset.json");

    private SdmxSchemas() {
    }

    /** The schema's complaints about a message, one line each; empty when it is valid. */
    static List<String> problems(JsonSchema schema, JsonNode message) {
        return schema.validate(message).stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema load(String file) {
        try {
            ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of("src/test/resources/sdmx", file)));
            schema.remove("$schema");
            schema.remove("id");
            schema.remove("$id");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

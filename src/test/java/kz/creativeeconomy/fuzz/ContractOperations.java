package kz.creativeeconomy.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every operation of the committed contract with its parameters ($refs resolved): what the fuzzer covers. */
record ContractOperations(String spec, List<Operation> operations) {

    record Parameter(String name, String in, JsonNode schema, String example) {
        boolean repeatable() {
            return "array".equals(schema.path("type").asText());
        }

        List<String> enumeration() {
            JsonNode values = schema.has("enum") ? schema.path("enum") : schema.path("items").path("enum");
            List<String> list = new ArrayList<>();
            values.forEach(v -> list.add(v.asText()));
            return list;
        }
    }

    record Operation(String method, String template, List<Parameter> parameters, boolean hasBody) {
        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    static ContractOperations read(Path file) throws IOException {
        String spec = Files.readString(file);
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(spec);
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                addParameters(root, path.getValue().path("parameters"), parameters);
                addParameters(root, op.getValue().path("parameters"), parameters);
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), List.copyOf(parameters), op.getValue().has("requestBody")));
            }
        }
        return new ContractOperations(spec, List.copyOf(operations));
    }

    private static void addParameters(JsonNode root, JsonNode list, List<Parameter> into) {
        for (JsonNode parameter : list) {
            JsonNode resolved = parameter;
            if (parameter.has("$ref")) {
                String name = parameter.path("$ref").asText().substring("#/components/parameters/".length());
                resolved = root.path("components").path("parameters").path(name);
            }
            JsonNode example = resolved.has("example") ? resolved.path("example") : resolved.path("schema").path("example");
            if (example.isMissingNode() && resolved.path("schema").path("examples").isArray()) {
                example = resolved.path("schema").path("examples").path(0);
            }
            into.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(), resolved.path("schema"),
                    example.isMissingNode() || example.isNull() ? null : example.asText()));
        }
    }
}

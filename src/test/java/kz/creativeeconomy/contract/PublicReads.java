package kz.creativeeconomy.contract;

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

/**
 * The public GET operations of the committed contract, as a generated client sees them: operation id, tag, and
 * parameter names in the order openapi-generator puts them in a method (required ones first).
 */
record PublicReads(List<Read> reads) {

    /** examples: the contract's example of each required query parameter, which a call must send. */
    record Read(String path, String operationId, String tag, List<String> parameters, String pathParameter, Map<String, String> examples) {
        /** The path of the list an id for this read comes from: /v1/indicators/{code}/series reads an id of /v1/indicators. */
        String listPath() {
            return pathParameter == null ? null : path.substring(0, path.indexOf("/{"));
        }
    }

    static PublicReads of(Path contractFile) throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(contractFile));
        List<Read> reads = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || get.has("security") || !path.getKey().startsWith("/v1")) {
                continue;
            }
            List<String> required = new ArrayList<>();
            List<String> optional = new ArrayList<>();
            String pathParameter = null;
            Map<String, String> examples = new java.util.TreeMap<>();
            for (JsonNode parameter : get.path("parameters")) {
                JsonNode resolved = parameter.has("$ref") ? contract.at(parameter.get("$ref").asText().substring(1)) : parameter;
                (resolved.path("required").asBoolean() ? required : optional).add(resolved.get("name").asText());
                if ("path".equals(resolved.get("in").asText())) {
                    pathParameter = resolved.get("name").asText();
                } else if (resolved.path("required").asBoolean()) {
                    examples.put(resolved.get("name").asText(), resolved.get("example").asText());
                }
            }
            required.addAll(optional);
            reads.add(new Read(path.getKey(), get.get("operationId").asText(), get.get("tags").get(0).asText(), required, pathParameter, examples));
        }
        return new PublicReads(reads);
    }

    Read listOf(Read read) {
        return reads.stream().filter(r -> r.path().equals(read.listPath())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no list for " + read.path()));
    }
}

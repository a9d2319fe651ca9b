package kz.creativeeconomy.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nodes as a compacted JSON-LD 1.1 document: a context that only declares prefixes (inline, so a processor never
 * fetches a remote context) and a flat @graph of nodes that refer to each other by @id.
 */
public final class JsonLd {

    private JsonLd() {
    }

    public static Map<String, Object> document(List<Rdf.Node> nodes) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", new LinkedHashMap<>(Rdf.PREFIXES));
        List<Object> graph = new ArrayList<>();
        for (Rdf.Node node : nodes) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("@id", node.id());
            if (!node.types().isEmpty()) {
                object.put("@type", node.types().size() == 1 ? node.types().get(0) : node.types());
            }
            node.properties().forEach((predicate, values) -> object.put(predicate, values.stream().map(JsonLd::value).toList()));
            graph.add(object);
        }
        document.put("@graph", graph);
        return document;
    }

    private static Object value(Object value) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (value instanceof Rdf.Iri iri) {
            object.put("@id", iri.value());
        } else if (value instanceof Rdf.Literal literal) {
            object.put("@value", literal.value());
            if (literal.language() != null) {
                object.put("@language", literal.language());
            }
            if (literal.datatype() != null) {
                object.put("@type", literal.datatype());
            }
        } else {
            throw new IllegalArgumentException("Not an RDF value: " + value);
        }
        return object;
    }
}

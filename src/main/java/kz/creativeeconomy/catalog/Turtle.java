package kz.creativeeconomy.catalog;

import java.util.List;

/**
 * Nodes as Turtle 1.1 (https://www.w3.org/TR/turtle/). Written here rather than with an RDF library: the graph is a
 * few hundred triples of named nodes, IRIs and literals, and the only escaping Turtle needs for them is the string and
 * IRI escaping below; the tests parse the output with N3.js and compare its triples with those of the JSON-LD.
 */
public final class Turtle {

    private Turtle() {
    }

    public static String document(List<Rdf.Node> nodes) {
        StringBuilder out = new StringBuilder();
        Rdf.PREFIXES.forEach((prefix, iri) -> out.append("@prefix ").append(prefix).append(": <").append(iri).append("> .\n"));
        for (Rdf.Node node : nodes) {
            out.append('\n').append(iri(node.id()));
            String separator = "\n    ";
            if (!node.types().isEmpty()) {
                out.append(separator).append("a ").append(String.join(", ", node.types()));
                separator = " ;\n    ";
            }
            for (var property : node.properties().entrySet()) {
                out.append(separator).append(property.getKey()).append(' ');
                List<Object> values = property.getValue();
                for (int n = 0; n < values.size(); n++) {
                    out.append(n == 0 ? "" : ", ").append(term(values.get(n)));
                }
                separator = " ;\n    ";
            }
            out.append(" .\n");
        }
        return out.toString();
    }

    private static String term(Object value) {
        if (value instanceof Rdf.Iri iri) {
            return iri(iri.value());
        }
        Rdf.Literal literal = (Rdf.Literal) value;
        String text = string(literal.value());
        if (literal.language() != null) {
            return text + "@" + literal.language();
        }
        return literal.datatype() == null ? text : text + "^^" + literal.datatype();
    }

    /** An IRIREF: the characters Turtle forbids inside <> are percent-encoded (none occur in the API's own URLs). */
    static String iri(String iri) {
        StringBuilder out = new StringBuilder("<");
        for (char c : iri.toCharArray()) {
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('>').toString();
    }

    /** A STRING_LITERAL_QUOTE with the escapes Turtle defines. */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

package kz.creativeeconomy.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small RDF graph of named nodes, enough for a DCAT catalogue, written as JSON-LD ({@link JsonLd}) and Turtle
 * ({@link Turtle}) from the same nodes so the two always say the same thing. Every node has an IRI (no blank nodes),
 * so a reader of either form gets the same triples. Predicates and types are prefixed names of {@link #PREFIXES}.
 */
public final class Rdf {

    /** The vocabularies of DCAT-AP, declared in the alphabetical order of their prefixes. */
    public static final Map<String, String> PREFIXES = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            "dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/", "foaf", "http://xmlns.com/foaf/0.1/",
            "owl", "http://www.w3.org/2002/07/owl#", "rdfs", "http://www.w3.org/2000/01/rdf-schema#", "vcard", "http://www.w3.org/2006/vcard/ns#",
            "xsd", "http://www.w3.org/2001/XMLSchema#")));

    private Rdf() {
    }

    /** A reference to a node or any resource by its full IRI. */
    public record Iri(String value) {
    }

    /** A literal: plain (language and datatype null), in a language, or typed by a prefixed datatype such as xsd:date. */
    public record Literal(String value, String language, String datatype) {
        public static Literal text(String value, String language) {
            return new Literal(value, language, null);
        }

        public static Literal typed(String value, String datatype) {
            return new Literal(value, null, datatype);
        }
    }

    /** A subject with its types and its properties, each a list of {@link Iri}s and {@link Literal}s, in insertion order. */
    public static final class Node {
        private final String id;
        private final List<String> types = new ArrayList<>();
        private final Map<String, List<Object>> properties = new LinkedHashMap<>();

        public Node(String id, String... types) {
            this.id = id;
            this.types.addAll(List.of(types));
        }

        public String id() {
            return id;
        }

        public List<String> types() {
            return types;
        }

        public Map<String, List<Object>> properties() {
            return properties;
        }

        /** Adds a value; null values are left out, so a property the data lacks is absent rather than empty. */
        public Node add(String predicate, Object value) {
            if (value != null) {
                properties.computeIfAbsent(predicate, p -> new ArrayList<>()).add(value);
            }
            return this;
        }

        public Node text(String predicate, String value, String language) {
            return value == null || value.isBlank() ? this : add(predicate, Literal.text(value, language));
        }

        public Node iri(String predicate, String value) {
            return value == null ? this : add(predicate, new Iri(value));
        }
    }
}

package kz.creativeeconomy.sdmx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.creativeeconomy.common.Language;

/** Small helpers for the SDMX-JSON trees: names in the message's language and in every language they exist in. */
final class Json {

    /** Exact decimals: a value keeps the scale it was published with (25100.0 stays 25100.0). */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * Sets name (best match for the language: the translation, else English) and names (every language that has a
     * text, so an English fallback is never labelled ru or kk).
     */
    static ObjectNode named(ObjectNode node, Language language, String en, String ru, String kk) {
        node.put("name", language.pick(en, ru, kk).text());
        ObjectNode names = node.putObject("names");
        names.put("en", en);
        if (ru != null && !ru.isBlank()) {
            names.put("ru", ru);
        }
        if (kk != null && !kk.isBlank()) {
            names.put("kk", kk);
        }
        return node;
    }

    static ObjectNode link(String rel, String urn, String href) {
        ObjectNode link = object().put("rel", rel);
        if (urn != null) {
            link.put("urn", urn);
        }
        if (href != null) {
            link.put("href", href);
        }
        return link;
    }
}

package kz.creativeeconomy.common;

import io.quarkus.panache.common.Parameters;
import java.util.Collection;

/**
 * The where clause of a list query built from optional filters: a filter without a value adds nothing. A service then
 * states each filter once, as its condition and its parameter, instead of an if that appends and binds.
 */
public final class Where {

    private final StringBuilder query;
    private final Parameters parameters = new Parameters();

    /** @param from the query up to its where clause, such as "from Region r", or "" for a Panache query without from */
    public Where(String from) {
        query = new StringBuilder(from).append(from.isEmpty() ? "1 = 1" : " where 1 = 1");
    }

    /** Adds "and condition", binding value to name, when value is not null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            query.append(" and ").append(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds "and condition" when values is not empty: an empty list asks for no filter. */
    public Where andAny(String condition, String name, Collection<?> values) {
        return and(condition, name, values.isEmpty() ? null : values);
    }

    /** Binds one more parameter of the condition added last. */
    public Where with(String name, Object value) {
        parameters.and(name, value);
        return this;
    }

    /** "%text%" in lower case for a case-insensitive like, or null when there is no text to look for. */
    public static String containing(String text) {
        return text == null ? null : "%" + text.toLowerCase() + "%";
    }

    public String query() {
        return query.toString();
    }

    public String orderBy(String order) {
        return query + " order by " + order;
    }

    public Parameters parameters() {
        return parameters;
    }
}

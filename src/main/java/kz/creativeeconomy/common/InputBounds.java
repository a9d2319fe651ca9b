package kz.creativeeconomy.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The size bounds the contract declares on every input (issue 17 point 5), enforced here for every request so the
 * contract and the server cannot disagree: ContractSchemas writes these numbers into openapi.yaml, this filter answers
 * a 400 problem that names the parameter and the bound. Request bodies are bounded field by field (FieldChecks).
 */
@Provider
public class InputBounds implements ContainerRequestFilter {

    /** Longest value of one query parameter (a delete's reason is the longest legitimate one). */
    public static final int QUERY_VALUE_LENGTH = 1_000;
    /** Longest path segment (codes, slugs, ids). */
    public static final int PATH_SEGMENT_LENGTH = 200;
    /** Longest value of a documented request header (Accept-Language, If-None-Match, If-Match, ...). */
    public static final int HEADER_LENGTH = 4_096;
    /** Most values of a repeatable filter, repeated or comma-separated. */
    public static final int REPEATED_VALUES = 100;
    /** Longest stored text: the write API refuses longer texts (FieldChecks.TEXT_LENGTH), so no response carries one. */
    static final int STORED_TEXT_LENGTH = 10_000;
    /** Most entries of a list inside a response that is not a page. */
    static final int LIST_ITEMS = 100_000;

    static final List<String> BOUNDED_HEADERS = List.of("Accept-Language", "If-None-Match", "If-Modified-Since", "If-Match");

    private static final Map<Method, Set<String>> REPEATABLE = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        for (String header : BOUNDED_HEADERS) {
            String value = request.getHeaderString(header);
            if (value != null && value.length() > HEADER_LENGTH) {
                throw tooLong(header, "header", HEADER_LENGTH);
            }
        }
        request.getUriInfo().getPathParameters().forEach((name, values) -> values.forEach(value -> {
            if (value.length() > PATH_SEGMENT_LENGTH) {
                throw tooLong(name, "path segment", PATH_SEGMENT_LENGTH);
            }
        }));
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        Set<String> repeatable = method == null ? Set.of() : REPEATABLE.computeIfAbsent(method, InputBounds::repeatableParameters);
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            int count = 0;
            for (String value : values) {
                if (value != null && value.length() > QUERY_VALUE_LENGTH) {
                    throw tooLong(name, "value", QUERY_VALUE_LENGTH);
                }
                count += value == null ? 0 : value.split(",", -1).length;
            }
            if (repeatable.contains(name) && count > REPEATED_VALUES) {
                throw ProblemException.invalidParameter(name, "has " + count + " values, more than " + REPEATED_VALUES,
                        "at most " + REPEATED_VALUES + " values, repeated or comma-separated");
            }
        });
    }

    private static ProblemException tooLong(String name, String what, int bound) {
        return ProblemException.invalidParameter(name, "the " + what + " is longer than " + bound + " characters",
                "at most " + bound + " characters");
    }

    /** Query parameters a method takes as a list: the repeatable ones. */
    private static Set<String> repeatableParameters(Method method) {
        Set<String> names = new HashSet<>();
        QueryParameters.of(method).forEach((name, type) -> {
            if (List.class.isAssignableFrom(type)) {
                names.add(name);
            }
        });
        return names;
    }
}

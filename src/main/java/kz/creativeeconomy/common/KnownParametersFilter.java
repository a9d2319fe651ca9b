package kz.creativeeconomy.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rejects query parameters an endpoint does not know. A typo such as {@code regoin=} would otherwise return
 * the unfiltered data set, and a journalist would publish the wrong figure.
 */
@Provider
public class KnownParametersFilter implements ContainerRequestFilter {

    /** Parameters every endpoint understands. */
    static final Set<String> GLOBAL = Set.of("lang", "format", "bom");

    private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();
    private static final Map<Method, Set<String>> REQUIRED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null || !method.getDeclaringClass().getPackageName().startsWith("kz.creativeeconomy")) {
            return;
        }
        // The explorer's pages are read by people whose forms send empty fields (an unset "from") and whose links
        // may carry parameters of other pages; a page ignores what it does not use instead of answering a problem.
        if (method.getDeclaringClass().getPackageName().equals("kz.creativeeconomy.explore")) {
            return;
        }
        Set<String> known = KNOWN.computeIfAbsent(method, KnownParametersFilter::queryParameters);
        List<String> unknown = new ArrayList<>();
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        for (var parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            // indicator= with nothing after it would silently mean "every indicator": say it matched nothing instead.
            if (known.contains(parameter.getKey())
                    && parameter.getValue().stream().allMatch(v -> v == null || v.replace(",", "").isBlank())) {
                // A required parameter (search's q) cannot be left out: say only what it needs.
                throw ProblemException.invalidParameter(parameter.getKey(), "the value is empty",
                        REQUIRED.computeIfAbsent(method, QueryParameters::required).contains(parameter.getKey())
                                ? "a value: the parameter is required" : "leave the parameter out, or give a value");
            }
        }
        if (!unknown.isEmpty()) {
            String allowed = known.isEmpty() ? "no query parameters" : String.join(", ", known);
            throw new ProblemException(400, ProblemTypes.UNKNOWN_PARAMETER, "Unknown query parameter",
                    "This endpoint does not know the parameter(s) " + String.join(", ", unknown) + ". Allowed: " + allowed + ".",
                    unknown.stream().map(name -> new Problem.InvalidParam(name, "unknown parameter", allowed)).toList());
        }
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>(GLOBAL);
        names.addAll(QueryParameters.of(method).keySet());
        return names;
    }
}

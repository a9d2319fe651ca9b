package kz.creativeeconomy.analysis.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;

/**
 * A query parameter that takes one value. JAX-RS would silently keep the first of region=astana&region=almaty; a
 * series or ranking of the wrong region must not be the answer, so a second value is a 400.
 */
final class SingleValue {

    private SingleValue() {
    }

    /** The one value of the parameter, or null when it is absent or blank. */
    static String of(UriInfo uri, String name, String allowed) {
        List<String> values = QueryParams.list(uri.getQueryParameters().get(name));
        if (values.size() > 1) {
            throw ProblemException.invalidParameter(name, "more than one value (" + String.join(", ", values) + ")", allowed);
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** The one value of a required parameter. */
    static String required(UriInfo uri, String name, String what, String allowed) {
        String value = of(uri, name, allowed);
        if (value == null) {
            throw ProblemException.invalidParameter(name, "missing: " + what, allowed);
        }
        return value;
    }
}

package kz.creativeeconomy.http.formats;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The `format` parameter overrides the Accept header (a link in a newspaper cannot set headers): format=csv is
 * Accept: text/csv, format=xlsx is Accept: the xlsx media type, format=json is Accept: application/json,
 * format=json-stat asks the observations endpoint for a JSON-stat 2.0 dataset, format=svg and format=png ask the series
 * endpoint for its chart. An unknown format is a 406 listing the supported ones, like an unsupported Accept.
 */
public class FormatFilter {

    @ServerRequestFilter(preMatching = true)
    public void applyFormat(ContainerRequestContext request) {
        String bom = request.getUriInfo().getQueryParameters().getFirst("bom");
        if (bom != null && !bom.equals("true") && !bom.equals("false")) {
            throw ProblemException.invalidParameter("bom", "'" + bom + "' is not a boolean", "true (prefix a UTF-8 byte-order mark for Excel) or false");
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.trim().toLowerCase(java.util.Locale.ROOT).startsWith("application/problem+json") && !accept.contains(",")) {
            // The type of errors only: generated clients (openapi-generator's okhttp-gson) send it alone for an operation whose
            // success is not JSON (the data package's zip). Such a client takes what the operation serves (RFC 9110 12.5.1).
            request.getHeaders().remove(HttpHeaders.ACCEPT);
            accept = null;
        }
        if (accept != null && request.getUriInfo().getPath().equals("/") && !parseable(accept)) {
            // "/" has two representations in two resources (the JSON index, the explorer's page); choosing between them
            // with an Accept that does not parse failed inside Quarkus REST (a 500). Such an Accept says nothing: ignore it.
            request.getHeaders().remove(HttpHeaders.ACCEPT);
            accept = null;
        }
        if (accept != null && accept.contains("/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, concreteWildcards(accept));
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        kz.creativeeconomy.sdmx.SdmxRouting.route(request, format);
        if (format == null || format.isBlank()) {
            return;
        }
        String mediaType = Formats.BY_NAME.get(format.trim());
        if (mediaType == null) {
            throw notAcceptable("Unknown format '" + format + "'. Supported: json, csv and xlsx (every list), json-stat (/v1/observations), "
                    + "svg and png (/v1/indicators/{code}/series), json-ld and turtle (/v1/catalog), sdmx-csv and sdmx-json (/v1/observations), "
                    + "atom (/v1/changes).");
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
        if (format.trim().equals(Formats.JSON_STAT)) {
            request.setProperty(Formats.JSON_STAT_REQUESTED, Boolean.TRUE);
        }
        if (mediaType.equals(Formats.SVG) || mediaType.equals(Formats.PNG)) {
            request.setProperty(Formats.CHART_REQUESTED, Boolean.TRUE);
        }
    }

    @ServerRequestFilter
    public void checkJsonStatIsServedHere(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        Representation representation = resource.getResourceMethod().getAnnotation(Representation.class);
        if (request.getProperty(Formats.JSON_STAT_REQUESTED) != null && (representation == null || !representation.jsonStat())) {
            throw notAcceptable("format=json-stat is served by /v1/observations only. Supported here: json, csv and xlsx on lists.");
        }
        if (request.getProperty(Formats.CHART_REQUESTED) != null && (representation == null || !representation.chart())) {
            throw notAcceptable("format=svg and format=png are served by /v1/indicators/{code}/series only. Supported here: json, csv on lists.");
        }
    }

    /**
     * application/* and text/* as the types served under them (JSON, CSV): given a wildcard subtype, Quarkus REST chose
     * application/octet-stream and wrote a list's Java toString().
     */
    static String concreteWildcards(String accept) {
        StringBuilder concrete = new StringBuilder();
        for (String range : accept.split(",")) {
            String trimmed = range.trim();
            int semicolon = trimmed.indexOf(';');
            String type = (semicolon < 0 ? trimmed : trimmed.substring(0, semicolon)).trim();
            String parameters = semicolon < 0 ? "" : trimmed.substring(semicolon);
            if (type.equalsIgnoreCase("application/*")) {
                type = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
            } else if (type.equalsIgnoreCase("text/*")) {
                type = Formats.CSV;
            }
            concrete.append(concrete.length() == 0 ? "" : ", ").append(type).append(parameters);
        }
        return concrete.toString();
    }

    private static ProblemException notAcceptable(String detail) {
        return new ProblemException(406, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable", detail,
                List.of(new Problem.InvalidParam("format", "not supported here", "json, csv, xlsx (lists), json-stat (/v1/observations), svg and png (/v1/indicators/{code}/series)")));
    }

    private static boolean parseable(String accept) {
        try {
            for (String range : accept.split(",")) {
                jakarta.ws.rs.core.MediaType.valueOf(range.trim());
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

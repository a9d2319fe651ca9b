package kz.creativeeconomy.sdmx;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;

/**
 * Sends SDMX requests for /v1/observations to the SDMX operations: format=sdmx-csv or format=sdmx-json, or an Accept
 * whose preferred type is an SDMX 2.0 data message. Each SDMX representation has its own operation in the contract
 * (one schema per operation and media type, as JSON-stat); this lets the observations URL answer them too, and leaves
 * every other request to /v1/observations exactly as it was. Runs in FormatFilter, before resources are matched.
 */
public final class SdmxRouting {

    static final String OBSERVATIONS = "/v1/observations";
    static final String CSV_PATH = OBSERVATIONS + "/sdmx-csv";
    static final String JSON_PATH = OBSERVATIONS + "/sdmx-json";
    private static final MediaType SDMX_CSV = new MediaType("application", "vnd.sdmx.data+csv");
    private static final MediaType SDMX_JSON = new MediaType("application", "vnd.sdmx.data+json");
    /** The types /v1/observations serves without SDMX; one of them preferred over SDMX keeps the request where it is. */
    private static final List<MediaType> OTHERS = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf("text/csv"),
            MediaType.valueOf(kz.creativeeconomy.http.formats.Formats.XLSX));

    private SdmxRouting() {
    }

    public static void route(ContainerRequestContext request, String format) {
        String path = request.getUriInfo().getPath();
        String trimmed = format == null ? "" : format.trim();
        boolean sdmxFormat = trimmed.equals("sdmx-csv") || trimmed.equals("sdmx-json");
        String target = null;
        if (path.equals(OBSERVATIONS)) {
            if (sdmxFormat) {
                target = trimmed.equals("sdmx-csv") ? CSV_PATH : JSON_PATH;
            } else if (trimmed.isEmpty()) {
                target = byAccept(request.getHeaderString(HttpHeaders.ACCEPT));
            }
        } else if (sdmxFormat && !path.equals(CSV_PATH) && !path.equals(JSON_PATH)) {
            throw new ProblemException(406, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
                    "format=" + trimmed + " is served by /v1/observations only (also as /v1/observations/" + trimmed + ").",
                    List.of(new Problem.InvalidParam("format", "not supported here", "sdmx-csv and sdmx-json on /v1/observations")));
        }
        if (target != null) {
            request.setRequestUri(request.getUriInfo().getRequestUriBuilder().replacePath(target).build());
        }
    }

    /** The SDMX operation the Accept header prefers, or null when it prefers anything else (or does not parse). */
    static String byAccept(String accept) {
        if (accept == null || !accept.contains("vnd.sdmx.data+")) {
            return null;
        }
        List<MediaType> ranges = new ArrayList<>();
        try {
            for (String range : accept.split(",")) {
                ranges.add(MediaType.valueOf(range.trim()));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        ranges.sort(Comparator.comparingDouble(SdmxRouting::quality).reversed());
        for (MediaType range : ranges) {
            if (quality(range) <= 0) {
                return null;
            }
            boolean version2 = !range.getParameters().containsKey("version") || range.getParameters().get("version").startsWith("2.");
            if (range.isCompatible(SDMX_CSV) && !range.isWildcardType() && !range.isWildcardSubtype()) {
                return version2 ? CSV_PATH : null;
            }
            if (range.isCompatible(SDMX_JSON) && !range.isWildcardType() && !range.isWildcardSubtype()) {
                return version2 ? JSON_PATH : null;
            }
            if (range.isWildcardType() || range.isWildcardSubtype() || OTHERS.stream().anyMatch(range::isCompatible)) {
                return null;
            }
        }
        return null;
    }

    private static double quality(MediaType range) {
        try {
            return Double.parseDouble(range.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

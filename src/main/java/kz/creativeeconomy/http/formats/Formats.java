package kz.creativeeconomy.http.formats;

import java.util.List;
import java.util.Map;

/** The representations the API serves and the `format` parameter that overrides content negotiation. */
public final class Formats {

    public static final String JSON = "application/json";
    public static final String CSV = "text/csv";
    public static final String CSV_UTF8 = "text/csv; charset=UTF-8";
    /** {@link #CSV} parsed once, for the checks every response makes. */
    public static final jakarta.ws.rs.core.MediaType CSV_TYPE = jakarta.ws.rs.core.MediaType.valueOf(CSV);
    public static final String JSON_STAT = "json-stat";
    /** Charts of a series (GET /v1/indicators/{code}/series): SVG, and PNG for social cards. */
    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";

    /** Request property set when format=svg or format=png was asked for. */
    public static final String CHART_REQUESTED = "creative-economy.chart";

    /** Office Open XML spreadsheet (Excel 2007 and later, LibreOffice). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final jakarta.ws.rs.core.MediaType XLSX_TYPE = jakarta.ws.rs.core.MediaType.valueOf(XLSX);

    public static final String JSON_LD = "application/ld+json";
    public static final jakarta.ws.rs.core.MediaType JSON_LD_TYPE = jakarta.ws.rs.core.MediaType.valueOf(JSON_LD);
    public static final String TURTLE = "text/turtle";
    public static final jakarta.ws.rs.core.MediaType TURTLE_TYPE = jakarta.ws.rs.core.MediaType.valueOf(TURTLE);

    /** SDMX 2.0 data messages (kz.creativeeconomy.sdmx) and SDMX-JSON structure messages. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv;version=2.0.0";
    public static final String SDMX_JSON = "application/vnd.sdmx.data+json;version=2.0.0";
    public static final String SDMX_STRUCTURE_JSON = "application/vnd.sdmx.structure+json;version=2.0.0";
    /** Atom 1.0 (RFC 4287): the change feed, GET /v1/changes. */
    public static final String ATOM = "application/atom+xml";

    /** Request property set when format=json-stat was asked for. */
    public static final String JSON_STAT_REQUESTED = "creative-economy.json-stat";

    /** format value to the media type it stands for. */
    public static final Map<String, String> BY_NAME = Map.ofEntries(Map.entry("json", JSON), Map.entry("csv", CSV), Map.entry(JSON_STAT, JSON), Map.entry("xlsx", XLSX),
            Map.entry("json-ld", JSON_LD), Map.entry("turtle", TURTLE), Map.entry("svg", SVG), Map.entry("png", PNG),
            Map.entry("sdmx-csv", SDMX_CSV), Map.entry("sdmx-json", SDMX_JSON), Map.entry("atom", ATOM));
    public static final List<String> NAMES = List.of("json", "csv", JSON_STAT, "xlsx", "json-ld", "turtle", "svg", "png", "sdmx-csv", "sdmx-json", "atom");

    private Formats() {
    }
}

package kz.creativeeconomy.chart.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import kz.creativeeconomy.chart.Chart;
import kz.creativeeconomy.chart.ChartRenderer;
import kz.creativeeconomy.chart.ChartService;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;

/**
 * The chart representations of GET /v1/indicators/{code}/series (format=svg, format=png): the series resource parses
 * the request as for JSON and hands it here, so both read the same series.
 */
@ApplicationScoped
public class SeriesChartResponses {

    public static final int DEFAULT_PNG_WIDTH = 1200;
    public static final int MIN_PNG_WIDTH = 320;
    public static final int MAX_PNG_WIDTH = 2400;
    public static final String WIDTH_ALLOWED = "an integer number of pixels from " + MIN_PNG_WIDTH + " to " + MAX_PNG_WIDTH
            + " (default " + DEFAULT_PNG_WIDTH + ", the Open Graph image width), with format=png only";
    public static final String REGIONS_ALLOWED = "one to " + ChartService.MAX_REGIONS
            + " region codes or slugs, comma-separated or repeated, listed by /v1/regions (several regions: svg and png only)";

    private final ChartService charts;
    private final ChartRenderer renderer;
    private final RegionService regions;

    SeriesChartResponses(ChartService charts, ChartRenderer renderer, RegionService regions) {
        this.charts = charts;
        this.renderer = renderer;
        this.regions = regions;
    }

    /** The regions of a chart: one line each, at most {@link ChartService#MAX_REGIONS}, no repeats. */
    public List<Region> regions(List<String> raw) {
        // Split here rather than with QueryParams.list, which drops repeats: a region named twice is a mistake to report.
        List<String> keys = raw == null ? List.of() : raw.stream().flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::trim).filter(key -> !key.isEmpty()).toList();
        if (keys.isEmpty()) {
            throw ProblemException.invalidParameter("region", "missing: a chart shows at least one region", REGIONS_ALLOWED);
        }
        if (keys.size() > ChartService.MAX_REGIONS) {
            throw ProblemException.invalidParameter("region", keys.size() + " regions are more lines than a reader can tell apart",
                    REGIONS_ALLOWED);
        }
        if (keys.stream().distinct().count() < keys.size()) {
            throw ProblemException.invalidParameter("region", "a region is named twice", REGIONS_ALLOWED);
        }
        List<Region> resolved = regions.resolveAll("region", keys);
        if (resolved.stream().map(region -> region.id).distinct().count() < resolved.size()) {
            throw ProblemException.invalidParameter("region", "a region is named twice", REGIONS_ALLOWED);
        }
        return resolved;
    }

    /** Width in pixels of a PNG; width= with another format is refused rather than ignored. */
    public static Integer width(String raw, boolean png) {
        if (raw == null) {
            return png ? DEFAULT_PNG_WIDTH : null;
        }
        if (!png) {
            throw ProblemException.invalidParameter("width", "width applies to the PNG chart only", WIDTH_ALLOWED);
        }
        try {
            int width = Integer.parseInt(raw.trim());
            if (width >= MIN_PNG_WIDTH && width <= MAX_PNG_WIDTH) {
                return width;
            }
        } catch (NumberFormatException ignored) {
            // answered below with what is allowed
        }
        throw ProblemException.invalidParameter("width", "'" + raw + "' is not a width in range", WIDTH_ALLOWED);
    }

    public Response respond(ChartService.Request request, Language language, String mediaType, Integer width) {
        Chart chart = charts.chart(request, language);
        String name = request.indicator().code + "-" + request.regions().stream().map(region -> region.slug).collect(Collectors.joining("-"));
        if (Formats.PNG.equals(mediaType)) {
            return Response.ok(renderer.png(chart, width), Formats.PNG)
                    .header("Content-Disposition", "inline; filename=\"" + name + ".png\"").build();
        }
        return Response.ok(renderer.svgDocument(chart), Formats.SVG + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + name + ".svg\"").build();
    }
}

package kz.creativeeconomy.chart.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.creativeeconomy.chart.Chart;
import kz.creativeeconomy.chart.ChartLabels;
import kz.creativeeconomy.chart.ChartRenderer;
import kz.creativeeconomy.chart.ChartService;
import kz.creativeeconomy.chart.ChartText;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.common.StaticAssets;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.observation.rest.ObservationFilters;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The embed: one chart with its title, unit, status marks and source, and a link to its data, to put in an iframe on
 * any site. The chart is inline SVG, so it shows with JavaScript off; /embed/embed.js only reports the page's height to
 * the parent. Not part of the /v1 contract (it is a page, not data), so it is hidden from the OpenAPI document.
 */
@Path("/embed/indicators/{code}")
public class EmbedResource {

    private static final String REGION_ALLOWED = "one region code or slug listed by /v1/regions (east-kazakhstan, kazakhstan, ...)";
    /** Framing on any origin is what an embed is for; the rest of the site may deny it (X-Frame-Options / CSP elsewhere). */
    static final String FRAME_ANYWHERE = "frame-ancestors *";

    @Inject
    IndicatorService indicators;
    @Inject
    RegionService regions;
    @Inject
    ChartService charts;
    @Inject
    kz.creativeeconomy.observation.ObservationService observations;
    @Inject
    ChartRenderer renderer;
    @Inject
    RequestLanguage language;
    @Inject
    @Location("chart/embed.html")
    Template page;
    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response embed(@PathParam("code") String code, @QueryParam("region") String region,
                          @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("breakdown") String breakdown) {
        Indicator indicator = indicators.find(code).orElseThrow(() ->
                indicators.notFound(code));
        List<String> keys = QueryParams.list(uri.getQueryParameters().get("region"));
        if (keys.size() != 1) {
            throw ProblemException.invalidParameter("region", keys.isEmpty() ? "missing: an embed shows one region" : "more than one value", REGION_ALLOWED);
        }
        Region place = regions.resolve("region", keys.get(0));
        LocalDate fromStart = ObservationFilters.bound("from", from, true);
        LocalDate toStart = ObservationFilters.bound("to", to, false);
        if (fromStart != null && toStart != null && fromStart.isAfter(toStart)) {
            throw ProblemException.invalidParameter("to", "'" + to + "' ends before 'from' begins", "a period or date not before 'from'");
        }
        // One member of a breakdown (attendance of museums; the paper's industrial production is only by section and in total).
        String[] member = observations.breakdownMember(breakdown);
        Language lang = language.get();
        Chart chart = charts.chart(new ChartService.Request(indicator, List.of(place), fromStart, toStart, null, member, null), lang);
        String html = page.data("lang", lang.name())
                .data("styles", StaticAssets.url("/embed/embed.css"))
                .data("script", StaticAssets.url("/embed/embed.js"))
                .data("title", chart.title() + " — " + chart.lines().get(0).regionName())
                .data("description", ChartText.describe(chart))
                .data("svg", renderer.svg(chart))
                .data("narrowSvg", renderer.narrowSvg(chart))
                .data("csvUrl", csvUrl(indicator.code, place.slug, from, to, member, lang))
                .data("dataLabel", ChartLabels.getTheData(lang))
                .render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", FRAME_ANYWHERE)
                .header("Content-Language", lang.name())
                .header("Cache-Control", "public, max-age=300")
                .header("Vary", "Accept-Language")
                .build();
    }

    /** The series as CSV with the same region, range and language: what the chart draws, one row per point, for Excel. */
    static String csvUrl(String code, String slug, String from, String to, String[] member, Language language) {
        StringBuilder url = new StringBuilder("/v1/indicators/").append(encode(code)).append("/series?region=").append(encode(slug));
        if (member != null) {
            url.append("&breakdown=").append(encode(member[0])).append(':').append(encode(member[1]));
        }
        if (from != null && !from.isBlank()) {
            url.append("&from=").append(encode(from.trim()));
        }
        if (to != null && !to.isBlank()) {
            url.append("&to=").append(encode(to.trim()));
        }
        // bom=true: a reader who clicks it opens it in a spreadsheet, and Excel reads UTF-8 (Cyrillic) only with the mark.
        return url.append("&format=csv&lang=").append(language.name()).append("&bom=true").toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

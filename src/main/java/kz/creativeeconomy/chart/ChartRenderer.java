package kz.creativeeconomy.chart;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/**
 * Draws a {@link Chart} as SVG from the template chart/chart.svg (SVG written by the app: no charting library, see the
 * README), and as PNG through {@link PngTranscoder}. The SVG is one {@code <svg>} element that works inline in HTML
 * and, after {@link #XML_DECLARATION}, as a file.
 */
@ApplicationScoped
public class ChartRenderer {

    public static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Inject
    @Location("chart/chart.svg")
    Template svg;

    /** The {@code <svg>} element, with ids derived from the indicator and regions (unique per chart on a page). */
    public String svg(Chart chart) {
        return svg(chart, defaultId(chart));
    }

    /** The {@code <svg>} element with the given id; its title and desc get id-title and id-desc. */
    public String svg(Chart chart, String id) {
        return svg.data("view", SvgLayout.layout(chart, id)).render();
    }

    /**
     * The chart laid out for a phone's width (fewer period labels, wrapped legends and notes, labels that stay 12 px at
     * 375 px): a page shows it instead of the wide one on narrow screens. Its id ends in "-narrow", so both can be on a
     * page. The SVG files and images of the API keep the wide layout.
     */
    public String narrowSvg(Chart chart) {
        return svg.data("view", SvgLayout.layout(chart, defaultId(chart) + "-narrow", SvgLayout.NARROW_WIDTH)).render();
    }

    /** A standalone SVG file: XML declaration and the element. */
    public String svgDocument(Chart chart) {
        return XML_DECLARATION + svg(chart);
    }

    /** The chart as a PNG image of the given width in pixels (the SVG is scaled; height follows). */
    public byte[] png(Chart chart, int width) {
        return PngTranscoder.png(svgDocument(chart), width);
    }

    static String defaultId(Chart chart) {
        String regions = chart.lines().stream().map(Chart.Line::regionSlug).collect(Collectors.joining("-"));
        return ("chart-" + chart.indicatorCode() + (regions.isEmpty() ? "" : "-" + regions)).replaceAll("[^A-Za-z0-9_-]", "-");
    }
}

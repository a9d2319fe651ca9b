package kz.creativeeconomy.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.chart.Chart;
import kz.creativeeconomy.chart.ChartRenderer;
import kz.creativeeconomy.chart.ChartService;
import kz.creativeeconomy.chart.EmbedSnippet;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.region.Region;

/** The charts of the explorer's pages, drawn on the server as inline SVG. */
@ApplicationScoped
public class SeriesCharts {

    private static final int SPARK_WIDTH = 120;
    private static final int SPARK_HEIGHT = 32;
    private static final int SPARK_PAD = 4;

    private final ChartService charts;
    private final ChartRenderer renderer;

    SeriesCharts(ChartService charts, ChartRenderer renderer) {
        this.charts = charts;
        this.renderer = renderer;
    }

    /** The series page's chart in its wide and its narrow layout; the page's stylesheet shows the one that fits the screen. */
    public record PageChart(String wide, String narrow) {
    }

    /** The series page's chart, by the chart feature's renderer: the same points, statuses and notes as the embed and the SVG file. */
    public PageChart seriesChart(Indicator indicator, List<Region> regions, LocalDate from, LocalDate to, String frequency, String[] member,
                                 Lang lang) {
        Chart chart = charts.chart(new ChartService.Request(indicator, regions, from, to, frequency, member, (Instant) null), lang.language());
        return new PageChart(renderer.svg(chart), renderer.narrowSvg(chart));
    }

    /**
     * A sparkline for a region's page, drawn here rather than by ChartRenderer, which draws a full chart with axes,
     * notes and source (over 10 KB each, a dozen per page): a line and a dot per value is all a 120 px cell can hold.
     * A value not final is a hollow dot, as in the full chart. The line's name says first and last value and period.
     */
    public String sparkline(SeriesService.Series series, Lang lang, String unit) {
        List<SeriesService.Point> points = series.points();
        if (points.size() < 2) {
            return null;
        }
        BigDecimal min = points.stream().map(p -> p.row().value()).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = points.stream().map(p -> p.row().value()).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal span = max.subtract(min);
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        double step = (SPARK_WIDTH - 2.0 * SPARK_PAD) / (points.size() - 1);
        for (int n = 0; n < points.size(); n++) {
            var row = points.get(n).row();
            double x = SPARK_PAD + n * step;
            // Positions only: the values themselves stay exact in the table beside the sparkline.
            double share = span.signum() == 0 ? 0.5 : row.value().subtract(min).divide(span, MathContext.DECIMAL64).doubleValue();
            double y = SPARK_HEIGHT - SPARK_PAD - share * (SPARK_HEIGHT - 2.0 * SPARK_PAD);
            line.append(n == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y));
            boolean isFinal = "final".equals(row.status());
            dots.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\" stroke=\"#0b5cad\" stroke-width=\"1.5\"/>",
                    x, y, isFinal ? "#0b5cad" : "#ffffff"));
        }
        var first = points.get(0).row();
        var last = points.get(points.size() - 1).row();
        String label = lang.period(first.periodCode(), first.frequency(), first.periodStart()) + ": " + lang.number(first.value()) + " → "
                + lang.period(last.periodCode(), last.frequency(), last.periodStart()) + ": " + lang.number(last.value()) + " " + unit;
        return "<svg class=\"sparkline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + SPARK_WIDTH + " " + SPARK_HEIGHT + "\" width=\""
                + SPARK_WIDTH + "\" height=\"" + SPARK_HEIGHT + "\" role=\"img\" aria-label=\"" + escape(label) + "\"><title>" + escape(label)
                + "</title><polyline points=\"" + line + "\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"1.5\"/>" + dots + "</svg>";
    }

    /** The snippet a newsroom pastes to embed the chart of the first region (the embed draws one region). */
    public String embedSnippet(String base, String code, String regionSlug, String[] member, Lang lang, String title) {
        return EmbedSnippet.iframe(base, code, regionSlug, member, lang.language(), title);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

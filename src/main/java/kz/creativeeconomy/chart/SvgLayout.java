package kz.creativeeconomy.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.creativeeconomy.common.Language;

/**
 * Places a {@link Chart} on a fixed canvas: title, unit, legend, value grid, one marker per published value, lines only
 * between values of consecutive periods (a gap or a break in series leaves a gap: nothing is drawn where nothing was
 * published), status legend, notes for values that are not final, and the source line.
 */
final class SvgLayout {

    static final int WIDTH = 720;
    /**
     * The canvas of a chart shown on a phone: at 375 px the page has about 343 px for it, so drawn at 340 units its
     * 12-unit labels stay 12 px (the 720-unit chart scaled to that width would write them at 5.7 px).
     */
    static final int NARROW_WIDTH = 340;
    private static final int MARGIN = 16;
    private static final int PLOT_HEIGHT = 240;
    private static final double TITLE_SIZE = 18;
    private static final double SMALL_SIZE = 12;
    /** Colour-blind safe and at least 4.5:1 on white (Okabe and Ito's hues, darkened). */
    static final List<String> COLOURS = List.of("#0b5fa5", "#b34700", "#1b7a4b", "#8e3b84", "#6b5b00", "#3d3d3d");

    private SvgLayout() {
    }

    static SvgView layout(Chart chart, String id) {
        return layout(chart, id, WIDTH);
    }

    static SvgView layout(Chart chart, String id, int width) {
        Language language = chart.language();
        double y = 0;
        List<SvgView.Text> titleLines = new ArrayList<>();
        // Bold glyphs are about an eighth wider than regular ones.
        for (String line : TextWrap.lines(chart.title(), TextWrap.charsFor(width - 2 * MARGIN, TITLE_SIZE * 1.12))) {
            y += 24;
            titleLines.add(new SvgView.Text(n(MARGIN), n(y), "start", line));
        }
        y += 20;
        String regionsText = chart.lines().size() == 1 ? chart.lines().get(0).regionName() + " · " : "";
        SvgView.Text subtitle = new SvgView.Text(n(MARGIN), n(y), "start", regionsText + chart.unitLabel());

        List<SvgView.Swatch> legend = new ArrayList<>();
        if (chart.lines().size() > 1) {
            double x = MARGIN;
            y += 22;
            for (int i = 0; i < chart.lines().size(); i++) {
                String name = chart.lines().get(i).regionName();
                double itemWidth = 22 + name.length() * SMALL_SIZE * 0.6 + 16;
                if (x > MARGIN && x + itemWidth > width - MARGIN) {
                    x = MARGIN;
                    y += 18;
                }
                legend.add(new SvgView.Swatch("line", n(x), n(y - 4), colour(i), colour(i), n(x + 22), name));
                x += itemWidth;
            }
        }

        // The periods of all lines, in time order: the horizontal axis is one slot per period.
        Map<String, Chart.Point> periods = new LinkedHashMap<>();
        chart.lines().stream().flatMap(l -> l.points().stream()).sorted(Comparator.comparing(Chart.Point::start))
                .forEach(p -> periods.putIfAbsent(p.period(), p));
        List<String> slots = new ArrayList<>(periods.keySet());
        AxisScale scale = AxisScale.of(chart.lines().stream().flatMap(l -> l.points().stream()).map(Chart.Point::value).toList());
        int labelChars = scale.ticks().stream().mapToInt(t -> NumberText.format(t, language).length()).max().orElse(1);
        double plotLeft = MARGIN + labelChars * SMALL_SIZE * 0.6 + 8;
        double plotRight = width - MARGIN - 8;
        double plotTop = y + 20;
        double plotBottom = plotTop + PLOT_HEIGHT;

        List<SvgView.Tick> ticks = new ArrayList<>();
        for (BigDecimal tick : scale.ticks()) {
            double ty = plotBottom - scale.fraction(tick) * PLOT_HEIGHT;
            ticks.add(new SvgView.Tick(n(ty), n(plotLeft - 6), NumberText.format(tick, language), tick.signum() == 0));
        }
        double inset = 18;
        double step = slots.size() > 1 ? (plotRight - plotLeft - 2 * inset) / (slots.size() - 1) : 0;
        Map<String, Double> slotX = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            slotX.put(slots.get(i), slots.size() == 1 ? (plotLeft + plotRight) / 2 : plotLeft + inset + i * step);
        }
        // A label every k-th period so that labels of about 8 characters never overlap.
        int every = Math.max(1, (int) Math.ceil(slots.size() / Math.max(1.0, (plotRight - plotLeft) / 64)));
        List<SvgView.Text> periodLabels = new ArrayList<>();
        for (int i = 0; i < slots.size(); i += every) {
            periodLabels.add(new SvgView.Text(n(slotX.get(slots.get(i))), n(plotBottom + 18), "middle", slots.get(i)));
        }

        List<SvgView.Segment> segments = new ArrayList<>();
        List<SvgView.Mark> marks = new ArrayList<>();
        List<String> noteTexts = new ArrayList<>();
        for (int i = 0; i < chart.lines().size(); i++) {
            Chart.Line line = chart.lines().get(i);
            String colour = colour(i);
            StringBuilder d = new StringBuilder();
            Chart.Point previous = null;
            for (Chart.Point point : line.points()) {
                double px = slotX.get(point.period());
                double py = plotBottom - scale.fraction(point.value()) * PLOT_HEIGHT;
                boolean joined = previous != null && previous.end().plusDays(1).equals(point.start()) && !"break".equals(point.status());
                if (!joined && d.length() > 0 && d.indexOf("L") >= 0) {
                    segments.add(new SvgView.Segment(d.toString(), colour));
                }
                if (!joined) {
                    d.setLength(0);
                    d.append('M').append(n(px)).append(' ').append(n(py));
                } else {
                    d.append(" L").append(n(px)).append(' ').append(n(py));
                }
                previous = point;
                String value = NumberText.format(point.value(), language);
                String noteNumber = null;
                if (!point.isFinal()) {
                    noteTexts.add(point.period() + ", " + line.regionName() + ": " + ChartLabels.status(language, point.status())
                            + (point.footnote() == null || point.footnote().isBlank() ? "" : ". " + point.footnote()));
                    noteNumber = String.valueOf(noteTexts.size());
                }
                String tooltip = line.regionName() + ", " + point.period() + ": " + value + " " + chart.unitLabel()
                        + " (" + ChartLabels.status(language, point.status()) + ")"
                        + (point.footnote() == null || point.footnote().isBlank() ? "" : ". " + point.footnote());
                marks.add(mark(point, px, py, colour, line.regionSlug(), tooltip, noteNumber));
            }
            if (d.indexOf("L") >= 0) {
                segments.add(new SvgView.Segment(d.toString(), colour));
            }
        }

        y = plotBottom + 40;
        List<SvgView.Swatch> statusLegend = new ArrayList<>();
        List<String> statuses = chart.lines().stream().flatMap(l -> l.points().stream()).map(Chart.Point::status).distinct()
                .filter(s -> !s.equals("final")).sorted().toList();
        if (!statuses.isEmpty()) {
            double x = MARGIN;
            for (String status : statuses) {
                String label = ChartLabels.status(language, status);
                double itemWidth = 16 + label.length() * SMALL_SIZE * 0.6 + 20;
                if (x > MARGIN && x + itemWidth > width - MARGIN) {
                    x = MARGIN;
                    y += 18;
                }
                statusLegend.add(new SvgView.Swatch(shape(status), n(x + 5), n(y - 4), "#3d3d3d", "#ffffff", n(x + 16), label));
                x += itemWidth;
            }
            y += 20;
        }
        int smallChars = TextWrap.charsFor(width - 2 * MARGIN, SMALL_SIZE);
        List<SvgView.Text> notes = new ArrayList<>();
        for (int i = 0; i < noteTexts.size(); i++) {
            for (String text : TextWrap.lines((i + 1) + " " + noteTexts.get(i), smallChars)) {
                notes.add(new SvgView.Text(n(MARGIN), n(y), "start", text));
                y += 16;
            }
        }
        List<SvgView.Text> sources = new ArrayList<>();
        String sourceText = ChartLabels.source(language, chart.sources().size()) + ": " + String.join("; ", chart.sources())
                + (chart.citedIn().isEmpty() ? "" : "; " + ChartLabels.label("cited-in", language) + " " + String.join("; ", chart.citedIn()));
        for (String text : TextWrap.lines(sourceText, smallChars)) {
            sources.add(new SvgView.Text(n(MARGIN), n(y), "start", text));
            y += 16;
        }
        SvgView.Text empty = chart.isEmpty()
                ? new SvgView.Text(n((plotLeft + plotRight) / 2), n(plotTop + PLOT_HEIGHT / 2.0), "middle", ChartLabels.label("no-values", language))
                : null;
        int height = (int) Math.ceil(y);
        return new SvgView(id, width, height, language.name(), chart.title(), ChartText.describe(chart), titleLines, subtitle, legend,
                ticks, periodLabels, segments, marks, statusLegend, notes, sources, empty,
                n(plotLeft), n(plotRight), n(plotTop), n(plotBottom));
    }

    private static SvgView.Mark mark(Chart.Point point, double x, double y, String colour, String region, String tooltip, String note) {
        String shape = shape(point.status());
        boolean circle = shape.equals("circle");
        String fill = point.isFinal() || point.status().equals("break") ? colour : "#ffffff";
        return new SvgView.Mark(circle, n(x), n(y), circle ? null : path(shape, x, y), fill, colour, point.period(),
                point.value().toPlainString(), point.status(), region, tooltip, note, n(x + 6), n(y - 8));
    }

    /** final: filled circle; provisional: hollow circle; estimated: hollow diamond; break: filled square. */
    static String shape(String status) {
        return switch (status) {
            case "estimated" -> "diamond";
            case "break" -> "square";
            default -> "circle";
        };
    }

    static String path(String shape, double x, double y) {
        return shape.equals("diamond")
                ? "M" + n(x) + " " + n(y - 5.5) + " L" + n(x + 5.5) + " " + n(y) + " L" + n(x) + " " + n(y + 5.5) + " L" + n(x - 5.5) + " " + n(y) + " Z"
                : "M" + n(x - 4.5) + " " + n(y - 4.5) + " h9 v9 h-9 Z";
    }

    static String colour(int index) {
        return COLOURS.get(index % COLOURS.size());
    }

    /** Coordinates to one decimal, the same on every JVM and locale (golden files compare them as text). */
    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

package kz.creativeeconomy.chart;

import java.util.List;

/**
 * What the SVG template draws, every position already computed (by {@link SvgLayout}) and written as text, so the
 * template only places elements and Qute escapes every text it writes.
 */
public record SvgView(String id, int width, int height, String lang, String title, String description,
                      List<Text> titleLines, Text subtitle, List<Swatch> legend, List<Tick> ticks, List<Text> periods,
                      List<Segment> segments, List<Mark> marks, List<Swatch> statusLegend, List<Text> notes, List<Text> sources,
                      Text empty, String plotLeft, String plotRight, String plotTop, String plotBottom) {

    /** A line of text at x, y; anchor is start, middle or end. */
    public record Text(String x, String y, String anchor, String text) {
    }

    /** A horizontal grid line with its value label; zero is drawn darker. */
    public record Tick(String y, String labelX, String label, boolean zero) {
    }

    /** A stretch of a line between two points whose periods follow each other without a gap or a break. */
    public record Segment(String d, String colour) {
    }

    /**
     * One point: its marker (a circle, or a path for the shapes that mark a status), the data attributes a browser test
     * compares with the JSON, a tooltip, and the number of the note it refers to (null when none).
     */
    public record Mark(boolean circle, String cx, String cy, String d, String fill, String stroke, String period, String value,
                       String status, String region, String tooltip, String noteNumber, String noteX, String noteY) {
    }

    /** A legend entry: a marker shape (circle, diamond, square or line) with its label. */
    public record Swatch(String shape, String x, String y, String colour, String fill, String textX, String text) {
    }
}

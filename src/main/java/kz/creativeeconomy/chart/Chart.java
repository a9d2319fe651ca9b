package kz.creativeeconomy.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.creativeeconomy.common.Language;

/**
 * What a chart shows: one indicator, one line per region, every value as published (exact decimal, status, footnote,
 * source). Nothing here is computed beyond what the API serves, so the drawing can only show published figures.
 *
 * @param language    the language of every label, number and sentence drawn
 * @param title       the indicator's name (in {@code language} where translated)
 * @param unitLabel   the unit with its power of ten, "million tenge", "млн тенге"
 * @param frequency   frequency of the points (annual, quarterly, ...); null when there are none
 * @param lines       one per region, in the order asked for
 * @param sources     every source a point refers to ("publisher, title, locator"), once each, in order of first use
 * @param citedIn     the works that print those sources' figures (the paper), once each
 */
public record Chart(Language language, String indicatorCode, String title, String unitLabel, String frequency,
                    List<Line> lines, List<String> sources, List<String> citedIn) {

    /** The values of one region, oldest first. */
    public record Line(String regionCode, String regionSlug, String regionName, List<Point> points) {
    }

    /** One published value. status is final, provisional, estimated or break; footnote may be null. */
    public record Point(String period, LocalDate start, LocalDate end, BigDecimal value, String status, String footnote,
                        String sourceId) {

        public boolean isFinal() {
            return "final".equals(status);
        }
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(line -> line.points().isEmpty());
    }
}

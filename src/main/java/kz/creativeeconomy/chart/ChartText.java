package kz.creativeeconomy.chart;

import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.common.Language;

/**
 * The one-sentence text description of a chart (its SVG desc, the embed's alt text): what is drawn, and for each region
 * its first and last published value with their periods. Only published values are named; nothing is derived.
 */
public final class ChartText {

    private ChartText() {
    }

    public static String describe(Chart chart) {
        Language language = chart.language();
        String opening = ChartLabels.label("chart-of", language, chart.title(), chart.unitLabel());
        if (chart.isEmpty()) {
            return opening + ". " + ChartLabels.label("no-values", language);
        }
        List<String> parts = new ArrayList<>();
        int all = 0;
        int notFinal = 0;
        for (Chart.Line line : chart.lines()) {
            List<Chart.Point> points = line.points();
            all += points.size();
            notFinal += (int) points.stream().filter(p -> !p.isFinal()).count();
            if (points.isEmpty()) {
                continue;
            }
            Chart.Point first = points.get(0);
            Chart.Point last = points.get(points.size() - 1);
            parts.add(points.size() == 1
                    ? ChartLabels.label("single", language, line.regionName(), NumberText.format(first.value(), language), first.period())
                    : ChartLabels.label("range", language, line.regionName(), NumberText.format(first.value(), language), first.period(),
                            NumberText.format(last.value(), language), last.period()));
        }
        String sentence = opening + ": " + ChartLabels.join(parts);
        if (notFinal > 0) {
            sentence += "; " + ChartLabels.label("not-final", language, notFinal, all);
        }
        return sentence + ".";
    }
}

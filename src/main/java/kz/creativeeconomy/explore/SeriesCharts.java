package kz.creativeeconomy.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.indicator.Indicator;

/** The charts of the explorer's pages, drawn on the server as inline SVG by the chart renderer. */
@ApplicationScoped
public class SeriesCharts {

    /** The series page's chart; summary is its text description. Null until a renderer draws it. */
    public String seriesChart(Indicator indicator, List<SeriesService.Series> series, Lang lang, String summary) {
        return null;
    }

    /** A small chart of a series beside its latest value on a region's page. Null until a renderer draws it. */
    public String sparkline(Indicator indicator, SeriesService.Series series, Lang lang) {
        return null;
    }

    /** The snippet a newsroom pastes to embed the chart. */
    public String embedSnippet(String embedUrl, String title) {
        return "<iframe src=\"" + embedUrl + "\" title=\"" + title.replace("\"", "&quot;") + "\" width=\"100%\" height=\"480\" loading=\"lazy\"></iframe>";
    }
}

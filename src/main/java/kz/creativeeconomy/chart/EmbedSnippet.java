package kz.creativeeconomy.chart;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.creativeeconomy.common.Language;

/**
 * The HTML a newsroom pastes to embed a chart: an iframe of /embed/indicators/{code} and the few lines of script that
 * let the embed set the iframe's height (the embed posts it; without the script the iframe keeps its initial height).
 */
public final class EmbedSnippet {

    /** Height before the embed reports its own: the chart of one region with a two-line source. */
    static final int INITIAL_HEIGHT = 520;

    private EmbedSnippet() {
    }

    /** The path and query of the embed page, e.g. /embed/indicators/creative-gva?region=east-kazakhstan&lang=ru. */
    public static String path(String indicatorCode, String regionSlug, Language language) {
        return path(indicatorCode, regionSlug, null, language);
    }

    /** The same for one member of a breakdown (dimension and member), or the totals when member is null. */
    public static String path(String indicatorCode, String regionSlug, String[] member, Language language) {
        return "/embed/indicators/" + encode(indicatorCode) + "?region=" + encode(regionSlug)
                + (member == null ? "" : "&breakdown=" + encode(member[0]) + ":" + encode(member[1])) + "&lang=" + language.name();
    }

    /**
     * The snippet for a page served at baseUrl (scheme, host and port, no trailing slash, e.g. https://data.example.kz).
     * title is the iframe's accessible name (the chart's title).
     */
    public static String iframe(String baseUrl, String indicatorCode, String regionSlug, Language language, String title) {
        return iframe(baseUrl, indicatorCode, regionSlug, null, language, title);
    }

    /** The snippet of one member's chart (member: dimension and member), or of the totals when member is null. */
    public static String iframe(String baseUrl, String indicatorCode, String regionSlug, String[] member, Language language, String title) {
        String src = baseUrl + path(indicatorCode, regionSlug, member, language);
        return "<iframe src=\"" + html(src) + "\" title=\"" + html(title) + "\" width=\"100%\" height=\"" + INITIAL_HEIGHT
                + "\" style=\"border:0;max-width:760px\" loading=\"lazy\"></iframe>\n"
                + "<script>window.addEventListener(\"message\",function(e){var d=e.data;if(!d||d.type!==\"ce-embed-height\")return;"
                + "document.querySelectorAll(\"iframe\").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+\"px\";});});</script>";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

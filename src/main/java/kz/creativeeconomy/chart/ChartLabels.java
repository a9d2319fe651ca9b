package kz.creativeeconomy.chart;

import java.util.List;
import java.util.Set;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.MessageTemplates;

/**
 * The fixed words a chart draws, one bundle a language: messages/chart_{en,ru,kk}.properties. Data names come from
 * the API, never from here.
 */
public final class ChartLabels {

    private static final MessageTemplates LABELS = MessageTemplates.load("chart");
    private static final Set<String> STATUSES = Set.of("final", "provisional", "estimated", "break");

    private ChartLabels() {
    }

    /** The label {@code key} in this language, its {0}, {1}... filled with the values in order. */
    public static String label(String key, Language language, Object... values) {
        return LABELS.format(key, language, values);
    }

    public static String source(Language language, int count) {
        return label(count == 1 ? "source" : "sources", language);
    }

    /** The status as a word: final, provisional, estimated, break in series; a status it does not know reads as final. */
    public static String status(Language language, String status) {
        return label("status." + (STATUSES.contains(status) ? status : "final"), language);
    }

    /** The embed's data link. */
    public static String getTheData(Language language) {
        return label("get-the-data", language);
    }

    public static String join(List<String> parts) {
        return String.join("; ", parts);
    }
}

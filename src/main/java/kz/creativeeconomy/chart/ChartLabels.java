package kz.creativeeconomy.chart;

import java.util.List;
import kz.creativeeconomy.common.Language;

/** The fixed words a chart draws, in Kazakh, Russian and English. Data names come from the API, never from here. */
public final class ChartLabels {

    private ChartLabels() {
    }

    public static String source(Language language, int count) {
        return switch (language) {
            case en -> count == 1 ? "Source" : "Sources";
            case ru -> count == 1 ? "Источник" : "Источники";
            case kk -> "Дереккөз";
        };
    }

    /** The status as a word: final, provisional, estimated, break in series. */
    public static String status(Language language, String status) {
        return switch (status) {
            case "provisional" -> switch (language) {
                case en -> "provisional";
                case ru -> "предварительное значение";
                case kk -> "алдын ала мән";
            };
            case "estimated" -> switch (language) {
                case en -> "estimated";
                case ru -> "оценка";
                case kk -> "бағалау";
            };
            case "break" -> switch (language) {
                case en -> "break in series";
                case ru -> "разрыв ряда";
                case kk -> "қатардың үзілуі";
            };
            default -> switch (language) {
                case en -> "final";
                case ru -> "окончательное значение";
                case kk -> "түпкілікті мән";
            };
        };
    }

    public static String noValues(Language language) {
        return switch (language) {
            case en -> "No published values for this selection.";
            case ru -> "Для этой выборки нет опубликованных значений.";
            case kk -> "Бұл таңдау бойынша жарияланған мәндер жоқ.";
        };
    }

    /** "Line chart of X, million tenge." opening the text description. */
    public static String chartOf(Language language, String title, String unit) {
        return switch (language) {
            case en -> "Line chart of " + title + ", " + unit;
            case ru -> "Линейный график: " + title + ", " + unit;
            case kk -> "Сызықтық диаграмма: " + title + ", " + unit;
        };
    }

    /** One region's range, "East Kazakhstan region 18,610 in 2018 to 25,049.9 in 2023". */
    public static String range(Language language, String region, String firstValue, String firstPeriod, String lastValue, String lastPeriod) {
        return switch (language) {
            case en -> region + " " + firstValue + " in " + firstPeriod + " to " + lastValue + " in " + lastPeriod;
            case ru -> region + ": " + firstValue + " в " + firstPeriod + " и " + lastValue + " в " + lastPeriod;
            case kk -> region + ": " + firstPeriod + " — " + firstValue + ", " + lastPeriod + " — " + lastValue;
        };
    }

    public static String single(Language language, String region, String value, String period) {
        return switch (language) {
            case en -> region + " " + value + " in " + period;
            case ru -> region + ": " + value + " в " + period;
            case kk -> region + ": " + period + " — " + value;
        };
    }

    /** ", 2 of 6 values provisional or estimated" when some are not final. */
    public static String notFinal(Language language, int notFinal, int all) {
        return switch (language) {
            case en -> notFinal + " of " + all + " values not final";
            case ru -> "не окончательны " + notFinal + " из " + all + " значений";
            case kk -> all + " мәннің " + notFinal + " түпкілікті емес";
        };
    }

    /** Joins a source to the work that prints its figure: "cited in", "приводится по". */
    public static String citedIn(Language language) {
        return switch (language) {
            case en -> "cited in";
            case ru -> "приводится по";
            case kk -> "келтірілген жұмыс:";
        };
    }

    /** The embed's data link. */
    public static String getTheData(Language language) {
        return switch (language) {
            case en -> "Get the data (CSV)";
            case ru -> "Скачать данные (CSV)";
            case kk -> "Деректерді жүктеу (CSV)";
        };
    }

    public static String join(List<String> parts) {
        return String.join("; ", parts);
    }
}

package kz.creativeeconomy.explore;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.creativeeconomy.chart.NumberText;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.observation.ObservationRow;

/** The page's language: its messages, and numbers and dates written the way its readers write them. */
public final class Lang {

    private final Language language;
    private final Locale locale;
    private final ExploreMessages messages;
    /** Month names as a calendar heads them: standalone in Russian (январь), lower case in Kazakh (қаңтар). */
    private final DateTimeFormatter months;

    private Lang(Language language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language.name());
        this.months = DateTimeFormatter.ofPattern(language == Language.kk ? "MMMM" : "LLLL", locale);
        this.messages = language == Language.en ? MessageBundles.get(ExploreMessages.class)
                : MessageBundles.get(ExploreMessages.class, Localized.Literal.of(language.name()));
    }

    public static Lang of(Language language) {
        return new Lang(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    public ExploreMessages messages() {
        return messages;
    }

    /**
     * A published value with exactly the decimals it was published with: 20057.8 is "20,057.8" or "20 057,8". The chart
     * feature's NumberText writes it, so the table and the chart beside it agree digit for digit.
     */
    public String number(BigDecimal value) {
        return value == null ? messages.notAvailable() : NumberText.format(value, language);
    }

    /** A signed change: "+1,234.5" or "−12,3" (a true minus sign, which screen readers read as "minus"). */
    public String signed(BigDecimal value) {
        if (value == null) {
            return messages.notAvailable();
        }
        return value.signum() > 0 ? "+" + number(value) : number(value);
    }

    /**
     * A rank as the page's sentences write it: "3rd" in English; the bare number in Russian and Kazakh, whose messages
     * add the ending ("3-е", "3-орында").
     */
    public String ordinal(int rank) {
        if (language != Language.en) {
            return Integer.toString(rank);
        }
        int lastTwo = rank % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (rank % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return rank + suffix;
    }

    /**
     * The countries of ISO 3166-1 alpha-2 codes, named in the page's language (the JDK's CLDR names: "Mongolia",
     * "Монголия", "Моңғолия") and in that language's alphabetical order; a code the JDK does not name stays a code.
     */
    public String countries(Collection<String> codes) {
        return codes.stream().map(code -> {
            String name = new Locale("", code).getDisplayCountry(locale);
            return name.isEmpty() || name.equals(code) ? code : name;
        }).sorted(Collation.of(language)).collect(Collectors.joining(", "));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /**
     * A period as its readers say it: a year as the year, a stock date as the date, a month and a run of months in words
     * ("January 2025", "январь–декабрь 2024", "2025 ж. қаңтар"), other periods (quarters, half-years) by their code.
     */
    public String period(String code, String frequency, LocalDate start) {
        if ("point_in_time".equals(frequency)) {
            return date(start);
        }
        if ("monthly".equals(frequency) && start != null) {
            return monthYear(month(start.getMonthValue()), start.getYear());
        }
        int slash = code.indexOf('/');
        if ("cumulative".equals(frequency) && start != null && slash > 0) {
            java.time.YearMonth end = java.time.YearMonth.parse(code.substring(slash + 1));
            return end.getYear() == start.getYear()
                    ? monthYear(month(start.getMonthValue()) + "–" + month(end.getMonthValue()), start.getYear())
                    : monthYear(month(start.getMonthValue()), start.getYear()) + " – " + monthYear(month(end.getMonthValue()), end.getYear());
        }
        return code;
    }

    private String month(int month) {
        return months.format(LocalDate.of(2000, month, 1));
    }

    /** As CLDR's yMMMM has it: "January 2025", "январь 2025", "2025 ж. қаңтар". */
    private String monthYear(String months, int year) {
        return language == Language.kk ? year + " ж. " + months : months + " " + year;
    }

    public String status(String status) {
        return switch (status) {
            case "final" -> messages.statusFinal();
            case "provisional" -> messages.statusProvisional();
            case "estimated" -> messages.statusEstimated();
            case "break" -> messages.statusBreak();
            default -> status;
        };
    }

    /** An observation's footnote as the API serves it in this language: the project's translation, else the English text, marked. */
    public Name footnote(ObservationRow row) {
        Language.Localized footnote = row.footnote(language);
        return footnote == null || footnote.text() == null ? null
                : new Name(footnote.text(), footnote.language().name(), footnote.language() != language);
    }

    /** A unit label ("млн тенге") as the API serves it in this language, marked when it falls back to English. */
    public Name unit(ObservationRow row) {
        Language.Localized label = row.unitLabel(language);
        return new Name(label.text(), label.language().name(), label.language() != language);
    }

    /** A region's level (region.level) in words of this language. */
    public Name regionLevel(String level) {
        return term(level, switch (level) {
            case "world" -> messages.levelWorld();
            case "country" -> messages.levelCountry();
            case "city_of_republican_significance" -> messages.levelCityOfRepublicanSignificance();
            case "region" -> messages.levelRegion();
            case "district" -> messages.levelDistrict();
            case "city" -> messages.levelCity();
            default -> null;
        });
    }

    /** An event's kind (event.kind) in words of this language. */
    public Name eventKind(String kind) {
        return term(kind, switch (kind) {
            case "festival" -> messages.eventKindFestival();
            case "performance" -> messages.eventKindPerformance();
            case "fair" -> messages.eventKindFair();
            case "exhibition" -> messages.eventKindExhibition();
            case "forum" -> messages.eventKindForum();
            case "educational_programme" -> messages.eventKindEducationalProgramme();
            case "museum_programme" -> messages.eventKindMuseumProgramme();
            default -> null;
        });
    }

    /** A cultural organisation's type (cultural_organisation.type) in words of this language. */
    public Name organisationType(String type) {
        return term(type, switch (type) {
            case "library" -> messages.typeLibrary();
            case "club_institution" -> messages.typeClubInstitution();
            case "museum" -> messages.typeMuseum();
            case "theatre" -> messages.typeTheatre();
            case "concert_organisation" -> messages.typeConcertOrganisation();
            case "concert_hall" -> messages.typeConcertHall();
            case "government_body" -> messages.typeGovernmentBody();
            case "council" -> messages.typeCouncil();
            case "creative_industry_centre" -> messages.typeCreativeIndustryCentre();
            case "university" -> messages.typeUniversity();
            default -> null;
        });
    }

    /**
     * A word for a value of an open list: the interface's word, or, for a value added through the API since (kinds and
     * types are open), the value itself in English words, marked as English as the API would mark it.
     */
    private Name term(String value, String word) {
        return word != null ? new Name(word, language.name(), false) : english(value.replace('_', ' '));
    }

    /** A name from the data in this language, or in English with the fallback said, as the API serves it. */
    public Name name(String en, String ru, String kk) {
        Language.Localized picked = language.pick(en, ru, kk);
        return new Name(picked.text(), picked.language().name(), picked.language() != language);
    }

    /** An English-only text of the data (descriptions, places): marked as English unless the page is English. */
    public Name english(String text) {
        return text == null ? null : new Name(text, "en", language != Language.en);
    }

    /** A text and its language; fallback when it is not in the page's language. */
    public record Name(String text, String lang, boolean fallback) {
    }
}

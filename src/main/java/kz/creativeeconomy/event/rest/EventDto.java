package kz.creativeeconomy.event.rest;

import java.time.LocalDate;
import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.culture.rest.CulturalOrganisationRef;
import kz.creativeeconomy.event.Event;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.region.rest.Names;
import kz.creativeeconomy.region.rest.RegionRef;
import kz.creativeeconomy.source.rest.SourceRefs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "A cultural event as the paper reports it. Texts are English as printed.")
public record EventDto(
        @Schema(description = "Stable kebab-case id.", examples = "shygys-salburyn-2023") String id,
        @Schema(description = "Name in the requested language (see name_language).", examples = "International festival \"Shygys Salburyn 2023\"") String name,
        @Schema(description = "Language of name: the requested one, or en when no translation exists.", examples = "en") String nameLanguage,
        Names names,
        @Schema(description = "Kind of event; the values in use are accepted by the kind filter.", examples = "festival") String kind,
        @Schema(nullable = true, description = "Where it took place, as precisely as the paper places it; null when the paper does not say.")
        RegionRef region,
        @Schema(nullable = true, description = "Venue or place as the paper names it.", examples = "Ulansky district") String place,
        @Schema(description = "Year of the event.", examples = "2023") int year,
        @Schema(nullable = true, description = "First day; only when the paper prints the day (date_precision day).", examples = "2023-11-24")
        LocalDate startDate,
        @Schema(nullable = true, description = "Last day; only when the paper prints it.", examples = "2023-11-26") LocalDate endDate,
        @Schema(description = "day: start_date is printed; year: only the year is known.", enumeration = {"day", "year"}, examples = "year")
        String datePrecision,
        @Schema(enumeration = {"annual", "one_off", "recurring", "unknown"}, examples = "annual") String recurrence,
        @Schema(nullable = true, description = "The catalogued organisation that holds it.") CulturalOrganisationRef organisation,
        @Schema(nullable = true, description = "The organiser as printed, when it is not a catalogued organisation.") String organiser,
        @Schema(nullable = true, description = "What the event aims at.") String target,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) String results,
        @Schema(description = "Countries taking part, ISO 3166-1 alpha-2 codes in alphabetical order; empty when the paper names none.",
                examples = "[\"CN\", \"KZ\", \"MN\", \"RU\", \"TR\"]") List<String> countries,
        ObservationDto.SourceRef source) {

    public static EventDto of(Event e, Language language) {
        Language.Localized name = e.name(language);
        return new EventDto(e.id, name.text(), name.language().name(), new Names(e.nameEn, e.nameRu, e.nameKk), e.kind,
                RegionRef.of(e.region, language), e.place, e.year, e.startDate, e.endDate, e.startDate == null ? "year" : "day",
                e.recurrence, CulturalOrganisationRef.of(e.organisation, language), e.organiser, e.targetEn, e.descriptionEn, e.resultsEn,
                e.countries.stream().sorted().toList(), SourceRefs.of(e.source));
    }
}

package kz.creativeeconomy.culture.rest;

import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.event.Event;
import kz.creativeeconomy.observation.rest.ObservationDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CulturalOrganisationDetail",
        description = "An organisation with the organisations inside it, its events and its observations.")
public record CulturalOrganisationDetailDto(
        @Schema(description = "The organisation itself.") CulturalOrganisationDto organisation,
        @Schema(description = "Organisations directly inside it.") List<CulturalOrganisationRef> children,
        @Schema(description = "Events of the organisation and of the organisations inside it, by year; each names its own organisation.")
        List<EventSummary> events,
        @Schema(description = "Observations the paper attributes to the organisation or to an organisation inside it.")
        List<ObservationDto> observations) {

    @Schema(name = "CulturalOrganisationEvent", description = "A short view of an event; /v1/events/{id} has the whole event.")
    public record EventSummary(
            @Schema(examples = "operetta-the-bat-2023") String id,
            @Schema(description = "Name in the requested language (see name_language).", examples = "Staging of the operetta \"The Bat\"") String name,
            @Schema(examples = "en") String nameLanguage,
            @Schema(examples = "performance") String kind,
            @Schema(examples = "2023") int year,
            @Schema(description = "The organisation the event belongs to: this one or one inside it.") CulturalOrganisationRef organisation) {

        public static EventSummary of(Event e, Language language) {
            Language.Localized name = e.name(language);
            return new EventSummary(e.id, name.text(), name.language().name(), e.kind, e.year,
                    CulturalOrganisationRef.of(e.organisation, language));
        }
    }
}

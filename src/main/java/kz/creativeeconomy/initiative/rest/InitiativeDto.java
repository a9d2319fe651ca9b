package kz.creativeeconomy.initiative.rest;

import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.culture.rest.CulturalOrganisationRef;
import kz.creativeeconomy.initiative.Initiative;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.source.rest.SourceRefs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Initiative", description = "An activity implemented for the creative industry of the region (Table 8). Texts are English as printed.")
public record InitiativeDto(
        @Schema(description = "Stable kebab-case id.", examples = "ekr-creative-industries-council-creation") String id,
        @Schema(description = "Who carried it out.", enumeration = {"government", "business", "university"}, examples = "government") String actor,
        @Schema(nullable = true, description = "Publication year of the cited source (the paper dates none of the activities); null when unknown.",
                examples = "2023") Integer year,
        @Schema(examples = "Creation of a council for the development of creative industries") String title,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, description = "The \"Significance for the region\" cell of the actor's row of Table 8.") String significance,
        @Schema(nullable = true, description = "The catalogued organisation it concerns.") CulturalOrganisationRef organisation,
        ObservationDto.SourceRef source) {

    public static InitiativeDto of(Initiative i, Language language) {
        return new InitiativeDto(i.id, i.actor, i.year, i.titleEn, i.descriptionEn, i.significanceEn,
                CulturalOrganisationRef.of(i.organisation, language), SourceRefs.of(i.source));
    }
}

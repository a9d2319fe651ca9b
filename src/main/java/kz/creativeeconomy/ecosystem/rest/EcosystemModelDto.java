package kz.creativeeconomy.ecosystem.rest;

import java.util.List;
import kz.creativeeconomy.ecosystem.EcosystemAdaptation;
import kz.creativeeconomy.ecosystem.EcosystemContribution;
import kz.creativeeconomy.ecosystem.EcosystemRecommendation;
import kz.creativeeconomy.ecosystem.ModelAxes;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.source.rest.SourceRefs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EcosystemModel", description = "The Collaborative Ecosystem Model of the paper as one document: the actors (rows) and "
        + "aspects (columns) of a matrix, the cells of Table 6, the adaptation of Table 7 and the recommendations of Table 8. "
        + "Texts are English as printed.")
public record EcosystemModelDto(
        @Schema(description = "The rows of the matrix, in the order of Table 6.") List<Axis> actors,
        @Schema(description = "The columns of the matrix, in the order of Table 6.") List<Axis> aspects,
        @Schema(description = "Table 6: one cell per actor and aspect, by actor then aspect.") List<Contribution> contributions,
        @Schema(description = "Table 7: the model under the conditions of East Kazakhstan region, one entry per actor.") List<Adaptation> adaptation,
        @Schema(description = "Table 8, recommendations for further development: by actor, then in the order printed.")
        List<Recommendation> recommendations) {

    @Schema(name = "EcosystemAxis", description = "An actor or an aspect of the model.")
    public record Axis(
            @Schema(description = "Code used by the other parts of the model.", examples = "government") String code,
            @Schema(description = "Label to display.", examples = "Government") String label,
            @Schema(description = "Language of label; labels exist in English only.", examples = "en") String labelLanguage) {

        static Axis of(ModelAxes.Axis axis) {
            return new Axis(axis.code(), axis.label(), "en");
        }
    }

    @Schema(name = "EcosystemContribution", description = "What an actor contributes to an aspect (a cell of Table 6).")
    public record Contribution(
            @Schema(enumeration = {"government", "university", "business"}, examples = "government") String actor,
            @Schema(enumeration = {"innovations", "risk_management", "investments", "city_development"}, examples = "investments") String aspect,
            @Schema(examples = "Provides tax incentives and additional benefits to encourage investment in the creative industries.") String text,
            ObservationDto.SourceRef source) {

        static Contribution of(EcosystemContribution c) {
            return new Contribution(c.key.actor(), c.key.aspect(), c.contributionEn, SourceRefs.of(c.source));
        }
    }

    @Schema(name = "EcosystemAdaptation", description = "An actor's role in the model under the conditions of the region (a row of Table 7).")
    public record Adaptation(
            @Schema(enumeration = {"government", "university", "business"}, examples = "university") String actor,
            @Schema(examples = "Knowledge generation and training") String role,
            @Schema(description = "Examples, in the order printed.") List<String> examples,
            @Schema(description = "The development vector the conditions of the region call for.") String vector,
            ObservationDto.SourceRef source) {

        static Adaptation of(EcosystemAdaptation a) {
            return new Adaptation(a.actor, a.roleEn, List.copyOf(a.examplesEn), a.vectorEn, SourceRefs.of(a.source));
        }
    }

    @Schema(name = "EcosystemRecommendation", description = "A recommendation for further development to one actor (Table 8).")
    public record Recommendation(
            @Schema(enumeration = {"government", "university", "business"}, examples = "business") String actor,
            @Schema(description = "Position among the actor's recommendations, from 1.", examples = "1") int ordinal,
            @Schema(examples = "Creation of creative industries clusters") String text,
            ObservationDto.SourceRef source) {

        static Recommendation of(EcosystemRecommendation r) {
            return new Recommendation(r.key.actor(), r.key.ordinal(), r.recommendationEn, SourceRefs.of(r.source));
        }
    }

    public static EcosystemModelDto of(List<EcosystemContribution> contributions, List<EcosystemAdaptation> adaptation,
                                       List<EcosystemRecommendation> recommendations) {
        return new EcosystemModelDto(
                ModelAxes.ACTORS.stream().map(Axis::of).toList(),
                ModelAxes.ASPECTS.stream().map(Axis::of).toList(),
                contributions.stream().map(Contribution::of).toList(),
                adaptation.stream().map(Adaptation::of).toList(),
                recommendations.stream().map(Recommendation::of).toList());
    }
}

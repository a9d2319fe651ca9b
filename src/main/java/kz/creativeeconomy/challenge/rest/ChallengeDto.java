package kz.creativeeconomy.challenge.rest;

import java.util.List;
import kz.creativeeconomy.challenge.Challenge;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.source.rest.SourceRefs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Challenge", description = "A problem of Table 4 (sphere of culture) or Table 5 (creative industry) with the proposed solutions. "
        + "Texts are English as printed.")
public record ChallengeDto(
        @Schema(description = "Stable kebab-case id.", examples = "culture-low-wages") String id,
        @Schema(enumeration = {"Table 4", "Table 5"}, examples = "Table 4") String paperTable,
        @Schema(description = "Row of the table, from 1.", examples = "4") int ordinal,
        @Schema(description = "Who identified the problem.", enumeration = {"akimat", "authors"}, examples = "akimat") String identifiedBy,
        @Schema(description = "Who proposed the solutions.", enumeration = {"akimat", "authors"}, examples = "authors") String solutionsBy,
        @Schema(description = "Short label of the problem area.", examples = "Wages of cultural workers") String problemArea,
        @Schema(examples = "Low wages of cultural workers (technical staff)") String problem,
        @Schema(description = "Key issues as listed in Table 5; empty for Table 4, which prints one problem per row.") List<String> issues,
        @Schema(description = "Proposed solutions, in the order printed.") List<String> solutions,
        ObservationDto.SourceRef source) {

    public static ChallengeDto of(Challenge c) {
        return new ChallengeDto(c.id, c.paperTable, c.ordinal, c.identifiedBy, c.solutionsBy, c.problemAreaEn, c.problemEn,
                List.copyOf(c.issuesEn), List.copyOf(c.solutionsEn), SourceRefs.of(c.source));
    }
}

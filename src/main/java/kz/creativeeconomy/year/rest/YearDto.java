package kz.creativeeconomy.year.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Year", description = "A calendar year in which periods with data start.")
public record YearDto(@Schema(examples = "2023") int year,
                      @Schema(examples = "30") long observations,
                      @Schema(examples = "8") long indicators,
                      @Schema(examples = "4") long regions,
                      @Schema(description = "Observations of periods starting in this year.",
                              examples = "http://localhost:8080/v1/observations?from=2023&to=2023") String observationsUrl) {
}

package kz.creativeeconomy.indicator.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorDetail")
public record IndicatorDetailDto(IndicatorDto indicator, Coverage coverage) {

    @Schema(name = "IndicatorCoverage", description = "How much data the indicator has.")
    public record Coverage(@Schema(examples = "24") long observations,
                           @Schema(examples = "4") long regions,
                           @Schema(nullable = true, examples = "2018-01-01") LocalDate firstPeriodStart,
                           @Schema(nullable = true, examples = "2024-01-01") LocalDate lastPeriodStart) {
    }
}

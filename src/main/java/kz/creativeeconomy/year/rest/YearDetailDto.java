package kz.creativeeconomy.year.rest;

import java.util.List;
import kz.creativeeconomy.region.rest.RegionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearDetail", description = "What a year covers: its indicators and regions, with observation counts.")
public record YearDetailDto(YearDto year, List<IndicatorCount> indicators, List<RegionCount> regions) {

    @Schema(name = "YearIndicator")
    public record IndicatorCount(@Schema(examples = "creative-gva") String code, String name, @Schema(examples = "en") String nameLanguage,
                                 @Schema(examples = "4") long observations) {
    }

    @Schema(name = "YearRegion")
    public record RegionCount(RegionRef region, @Schema(examples = "12") long observations) {
    }
}

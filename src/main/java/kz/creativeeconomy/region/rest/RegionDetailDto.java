package kz.creativeeconomy.region.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionDetail", description = "A region with its place in the hierarchy and its territorial history.")
public record RegionDetailDto(
        @Schema(description = "The region itself.") RegionDto region,
        @Schema(description = "Regions directly inside it.") List<RegionRef> children,
        @Schema(description = "Regions it was formed from, in whole or in part.") List<Succession> predecessors,
        @Schema(description = "Regions formed from it, in whole or in part.") List<Succession> successors) {

    @Schema(name = "RegionSuccession")
    public record Succession(RegionRef region,
                             @Schema(examples = "2022-06-08") LocalDate changedOn,
                             @Schema(enumeration = {"split", "merge", "rename", "transfer"}, examples = "split") String kind,
                             @Schema(nullable = true) String note,
                             @Schema(nullable = true) String sourceUrl) {
    }
}

package kz.creativeeconomy.source.rest;

import java.time.LocalDate;
import kz.creativeeconomy.source.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "Where a value comes from: a reference of the paper and the table, figure or passage that prints it.")
public record SourceDto(
        @Schema(examples = "bns-creative-gva-table-1") String id,
        @Schema(description = "Number of the reference in the paper's reference list; null for the authors' own work.", nullable = true, examples = "24") Integer referenceNumber,
        @Schema(description = "Where the paper prints the value.", examples = "Table 1") String locator,
        @Schema(examples = "Gross Value Added (GVA) of economic activities related to creative industry") String title,
        @Schema(nullable = true, examples = "Bureau of National Statistics") String publisher,
        @Schema(nullable = true) String url,
        @Schema(nullable = true, examples = "2025-06-01") LocalDate accessedOn,
        @Schema(description = "The publication through which the value was read.") String citedIn,
        @Schema(nullable = true) String note) {

    public static SourceDto of(Source s) {
        return new SourceDto(s.id, s.referenceNumber, s.locator, s.title, s.publisher, s.url, s.accessedOn, s.citedIn, s.note);
    }
}

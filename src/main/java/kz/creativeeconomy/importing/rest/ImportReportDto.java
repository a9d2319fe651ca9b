package kz.creativeeconomy.importing.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.creativeeconomy.importing.ImportReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What an import did or, in a dry run, would do.")
public record ImportReportDto(
        @Schema(nullable = true, description = "Id of the import record; null in a dry run.") Long id,
        boolean dryRun,
        Instant createdAt,
        @Schema(examples = "bns-editor") String actor,
        String reason,
        @Schema(enumeration = {"csv", "json"}) String format,
        long rows, long inserted, long updated, long unchanged,
        long durationMs,
        @Schema(nullable = true, description = "The rows that insert or change a value (at most 1000; see changes_truncated). Not kept in the import record.")
        List<Change> changes,
        boolean changesTruncated) {

    @Schema(name = "ImportChange")
    public record Change(long row, @Schema(enumeration = {"insert", "update"}) String action, String indicator, String region, String period,
                         @Schema(nullable = true) String breakdown, @Schema(nullable = true) BigDecimal valueBefore,
                         @Schema(nullable = true) String statusBefore, BigDecimal valueAfter, String statusAfter) {
    }

    public static ImportReportDto of(ImportReport r) {
        return new ImportReportDto(r.id(), r.dryRun(), r.createdAt(), r.actor(), r.reason(), r.format(), r.rows(), r.inserted(), r.updated(),
                r.unchanged(), r.durationMs(),
                r.changes() == null ? null : r.changes().stream().map(c -> new Change(c.row(), c.action(), c.indicator(), c.region(), c.period(),
                        c.breakdown(), c.valueBefore(), c.statusBefore(), c.valueAfter(), c.statusAfter())).toList(),
                r.changesTruncated());
    }
}

package kz.creativeeconomy.importing;

import java.time.Instant;
import java.util.List;

/** What an import did, or (dry run) would do. */
public record ImportReport(Long id, boolean dryRun, Instant createdAt, String actor, String reason, String format,
                           long rows, long inserted, long updated, long unchanged, long durationMs, List<Change> changes,
                           boolean changesTruncated) {

    /** A row that inserts or changes a value. */
    public record Change(long row, String action, String indicator, String region, String period, String breakdown,
                         java.math.BigDecimal valueBefore, String statusBefore, java.math.BigDecimal valueAfter, String statusAfter) {
    }
}

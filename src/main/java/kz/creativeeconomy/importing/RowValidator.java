package kz.creativeeconomy.importing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.observation.Statuses;
import kz.creativeeconomy.period.PeriodCode;

/**
 * Checks each row of an import against the catalogue read at its start and turns a good row into the columns of the
 * staging table. Every problem of every row is counted (the first {@value #MAX_ERRORS_LISTED} are kept for the answer),
 * so one answer lists everything to fix.
 */
final class RowValidator {

    static final int MAX_ERRORS_LISTED = 1000;

    private final Catalogue catalogue;
    private final Map<String, PeriodCode> periods = new HashMap<>();
    private final References references = new References(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
    private final List<Problem.FieldError> errors = new ArrayList<>();
    private long errorCount;
    private long rows;

    RowValidator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The staging table's columns of a good row, in its order; null for a bad row, whose problems are recorded. */
    List<Object> check(ImportRow row) {
        rows++;
        List<Problem.FieldError> rowErrors = new ArrayList<>();
        Integer indicatorId = catalogue.indicators().get(row.indicator());
        Integer regionId = catalogue.regions().get(row.region());
        BigDecimal value;
        PeriodCode period = row.period() == null ? null : periods.computeIfAbsent(row.period(), c -> PeriodCode.parse(c).orElse(null));
        for (String unknown : row.unknownFields()) {
            rowErrors.add(new Problem.FieldError(row.row(), unknown, "unknown field", String.join(", ", ImportReader.JSON_FIELDS)));
        }
        if (indicatorId == null) {
            rowErrors.add(error(row, "indicator_code", row.indicator(), "an indicator code listed by /v1/indicators"));
        }
        if (regionId == null) {
            rowErrors.add(error(row, "region_code", row.region(), "a region code or slug listed by /v1/regions"));
        }
        if (period == null) {
            rowErrors.add(error(row, "period_code", row.period(), PeriodCode.FORMS));
        }
        if ((row.breakdownDimension() == null) != (row.breakdownMember() == null)
                || (row.breakdownDimension() != null && !catalogue.breakdowns().contains(row.breakdownDimension() + ":" + row.breakdownMember()))) {
            rowErrors.add(new Problem.FieldError(row.row(), "breakdown_member",
                    "unknown breakdown '" + row.breakdownDimension() + ":" + row.breakdownMember() + "'",
                    "both empty (a total) or a dimension and member used by /v1/observations?breakdown=..."));
        }
        try {
            value = row.value() == null ? null : new BigDecimal(row.value().trim());
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null) {
            rowErrors.add(error(row, "value", row.value(), "an exact decimal with a dot, such as 25049.9"));
        }
        if (row.status() == null || !Statuses.ALL.contains(row.status())) {
            rowErrors.add(error(row, "status", row.status(), String.join(", ", Statuses.ALL)));
        }
        if (row.source() == null || !catalogue.sources().contains(row.source())) {
            rowErrors.add(error(row, "source_id", row.source(), "a source id listed by /v1/sources"));
        }
        if (row.footnote() != null && row.footnote().length() > 2000) {
            rowErrors.add(new Problem.FieldError(row.row(), "footnote", "is longer than 2000 characters", "at most 2000 characters"));
        }
        if (!rowErrors.isEmpty()) {
            rowErrors.forEach(this::record);
            return null;
        }
        references.indicators().add(indicatorId);
        references.regions().add(regionId);
        references.sources().add(row.source());
        if (row.breakdownDimension() != null) {
            references.breakdowns().add(row.breakdownDimension() + ":" + row.breakdownMember());
        }
        return Arrays.asList(row.row(), indicatorId, regionId, period.code(), row.breakdownDimension(), row.breakdownMember(),
                value.toPlainString(), row.status(), row.footnote(), row.source());
    }

    /** A problem found after the rows were read (a natural key twice in the file). */
    void record(Problem.FieldError error) {
        errorCount++;
        if (errors.size() < MAX_ERRORS_LISTED) {
            errors.add(error);
        }
    }

    /** Stops the import with every problem found, or without any row; nothing has been written yet. */
    void rejectIfInvalid() {
        if (errorCount > 0) {
            throw new ProblemException(422, ProblemTypes.VALIDATION_FAILED, "Import rejected",
                    errorCount + " problem(s) in " + rows + " row(s)" + (errorCount > errors.size() ? " (the first " + errors.size() + " are listed)" : "")
                            + ". Nothing was written: fix the rows and import the whole file again.", null, errors);
        }
        if (rows == 0) {
            throw ProblemException.invalidBody(List.of(new Problem.FieldError(null, "body", "has no data rows", "at least one observation")));
        }
    }

    long rows() {
        return rows;
    }

    /** Every period code the good rows use (parsed once each); a code that does not parse maps to null. */
    Map<String, PeriodCode> periods() {
        return periods;
    }

    References references() {
        return references;
    }

    private static Problem.FieldError error(ImportRow row, String column, String value, String allowed) {
        return new Problem.FieldError(row.row(), column, value == null ? "is missing" : "'" + value + "' is not allowed", allowed);
    }

    /** The catalogue rows a file's rows refer to, collected while it streams in. */
    record References(Set<Integer> indicators, Set<Integer> regions, Set<String> sources, Set<String> breakdowns) {
    }

    /** The codes an import may use, read once per import. */
    record Catalogue(Map<String, Integer> indicators, Map<String, Integer> regions, Set<String> sources, Set<String> breakdowns) {
        static Catalogue read(Connection connection) throws SQLException {
            Map<String, Integer> indicators = new HashMap<>();
            Map<String, Integer> regions = new HashMap<>();
            Set<String> sources = new HashSet<>();
            Set<String> breakdowns = new HashSet<>();
            try (Statement s = connection.createStatement()) {
                try (ResultSet r = s.executeQuery("select code, id from indicator")) {
                    while (r.next()) {
                        indicators.put(r.getString(1), r.getInt(2));
                    }
                }
                try (ResultSet r = s.executeQuery("select code, slug, id from region")) {
                    while (r.next()) {
                        regions.put(r.getString(1), r.getInt(3));
                        regions.put(r.getString(2), r.getInt(3));
                    }
                }
                try (ResultSet r = s.executeQuery("select id from source")) {
                    while (r.next()) {
                        sources.add(r.getString(1));
                    }
                }
                try (ResultSet r = s.executeQuery("select dimension_code || ':' || code from breakdown_member")) {
                    while (r.next()) {
                        breakdowns.add(r.getString(1));
                    }
                }
            }
            return new Catalogue(indicators, regions, sources, breakdowns);
        }
    }
}

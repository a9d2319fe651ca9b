package kz.creativeeconomy.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import kz.creativeeconomy.common.Problem;
import org.apache.commons.csv.CSVFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The temporary table import_rows that a file streams into: each row is read, validated and sent on with COPY as soon
 * as it arrives, so memory does not grow with the file and PostgreSQL parses while the client still uploads. The table
 * goes with the transaction (on commit drop), also when the client drops midway.
 */
final class StagingTable {

    /** PostgreSQL's COPY CSV: an empty unquoted field is null, and commons-csv leaves a null value unquoted and empty. */
    private static final CSVFormat COPY_CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private StagingTable() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create temp table import_rows (row_no bigint, indicator_id int, region_id int, period_code text,
                        dim text, mem text, value numeric, status text, footnote text, source_id text) on commit drop""");
        }
    }

    /** Reads the whole body into import_rows; a bad row is recorded by the validator and not staged. */
    static void load(Connection connection, InputStream body, ImportService.Format format, RowValidator validator) throws SQLException, IOException {
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy import_rows from stdin with (format csv)", 1 << 16);
        // Buffered, and records formatted by CSVFormat directly: a CSVPrinter takes a lock per field.
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
            Consumer<ImportRow> stage = row -> {
                List<Object> columns = validator.check(row);
                if (columns == null) {
                    return;
                }
                try {
                    for (int n = 0; n < columns.size(); n++) {
                        COPY_CSV.print(columns.get(n), writer, n == 0);
                    }
                    COPY_CSV.println(writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            InputStream checked = new Utf8Check(body);
            if (format == ImportService.Format.csv) {
                ImportReader.csv(checked, stage);
            } else {
                ImportReader.json(checked, stage);
            }
        }
    }

    /**
     * A natural key twice in one file is ambiguous: every later row is reported with the first one, in file order. The
     * keys are grouped by hashing, counting only (no sort of the whole file, no list of row numbers per key); the rows
     * of a repeated key are looked up only when there is one.
     */
    static void reportDuplicates(Connection connection, RowValidator validator) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("""
                     select t.row_no, d.first_row
                     from import_rows t
                     join (select indicator_id, region_id, period_code, coalesce(dim, '') as dim, coalesce(mem, '') as mem,
                                  min(row_no) as first_row
                           from import_rows
                           group by 1, 2, 3, 4, 5 having count(*) > 1) d
                       on d.indicator_id = t.indicator_id and d.region_id = t.region_id and d.period_code = t.period_code
                      and d.dim = coalesce(t.dim, '') and d.mem = coalesce(t.mem, '')
                     where t.row_no <> d.first_row
                     order by t.row_no""")) {
            while (result.next()) {
                validator.record(new Problem.FieldError(result.getLong(1), "period_code",
                        "same indicator, region, period and breakdown as row " + result.getLong(2), "one row per natural key"));
            }
        }
    }
}

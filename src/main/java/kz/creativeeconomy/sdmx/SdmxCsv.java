package kz.creativeeconomy.sdmx;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.http.formats.CsvColumns;
import kz.creativeeconomy.http.formats.CsvPageWriter;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;

/**
 * Observations as SDMX-CSV 2.0: STRUCTURE, STRUCTURE_ID and ACTION, then one column per component of the data
 * structure (dimensions, TIME_PERIOD, OBS_VALUE, attributes), codes as values, RFC 4180 with CRLF and UTF-8, written by
 * the same commons-csv format as the API's CSV. Values are printed as stored (toPlainString), never through a double.
 */
public final class SdmxCsv {

    public static final List<String> HEADER = header();
    private static final int FLUSH_AT = 32 * 1024;

    private SdmxCsv() {
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
        header.addAll(SdmxStructures.componentIds());
        return List.copyOf(header);
    }

    /** One row, in {@link #HEADER}'s order. */
    static List<String> row(ObservationRow row) {
        return List.of("dataflow", Sdmx.reference(Sdmx.DATAFLOW), "I", row.indicatorCode(), row.regionCode(), Sdmx.breakdownCode(row),
                Sdmx.timePeriod(row), CsvColumns.text(row.value()), row.unit(), Integer.toString(row.unitMultiplier()),
                Integer.toString(row.decimals()), Sdmx.obsStatus(row.status()), row.sourceId(), row.footnote() == null ? "" : row.footnote());
    }

    /** A page of rows as one document. */
    public static String page(List<ObservationRow> rows) {
        StringBuilder text = new StringBuilder(256 * (rows.size() + 1));
        try {
            CsvPageWriter.printRecord(text, HEADER);
            for (ObservationRow row : rows) {
                CsvPageWriter.printRecord(text, row(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The whole result, row by row from a database cursor; memory stays flat. */
    public static StreamingOutput streaming(ObservationService observations, ObservationQuery query) {
        return output -> {
            try (output) {
                StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
                CsvPageWriter.printRecord(buffer, HEADER);
                observations.stream(query, row -> {
                    try {
                        CsvPageWriter.printRecord(buffer, row(row));
                        if (buffer.length() >= FLUSH_AT) {
                            flush(buffer, output);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                flush(buffer, output);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    private static void flush(StringBuilder buffer, OutputStream output) throws IOException {
        output.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        buffer.setLength(0);
    }
}

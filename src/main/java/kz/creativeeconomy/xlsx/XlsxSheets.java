package kz.creativeeconomy.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook of two sheets written as a stream: "data" (a header row that stays in view, then one row per item) and
 * "sources" (where the values come from, and the footnotes that qualify them). Numbers are numeric cells shown with
 * the decimals they were published with; codes, periods and dates are text, so a spreadsheet never turns "2018" into
 * a number or "2025-01-01" into a date. Rows are flushed to the output every {@link #FLUSH_EVERY}, so a whole export
 * keeps only the distinct sources and footnotes in memory, never its rows.
 *
 * <p>Strings are written inline rather than into the shared-string table, which would hold every distinct string of
 * the export until the end.
 */
public final class XlsxSheets {

    static final int FLUSH_EVERY = 1_000;
    /** At most this many distinct footnotes are listed on the sources sheet; every row has its own in its footnote column. */
    static final int MAX_FOOTNOTES = 10_000;
    private static final String[] NUMBER_FORMATS = {"0", "0.0", "0.00", "0.000", "0.0000", "0.00000", "0.000000"};

    private final Workbook workbook;
    private final Worksheet data;
    private final List<String> columns;
    private final List<Integer> sourceColumns = new ArrayList<>();
    private final int footnoteColumn;
    private final Map<List<Object>, Boolean> sources = new LinkedHashMap<>();
    private final Map<String, int[]> footnotes = new LinkedHashMap<>();
    private boolean footnotesCut;
    private int row;

    /** Starts the workbook and writes the header row of the data sheet. */
    public XlsxSheets(OutputStream out, List<String> columns) throws IOException {
        this.workbook = new Workbook(out, "Creative Economy of Kazakhstan open data API", "1.0");
        this.columns = columns;
        this.data = workbook.newWorksheet("data");
        for (int c = 0; c < columns.size(); c++) {
            data.inlineString(0, c, columns.get(c));
            data.style(0, c).bold().set();
            data.width(c, Math.min(60, Math.max(10, columns.get(c).length() + 2)));
            if (columns.get(c).equals("source_id") || columns.get(c).startsWith("source_")) {
                sourceColumns.add(c);
            }
        }
        this.footnoteColumn = columns.indexOf("footnote");
        data.freezePane(0, 1);
        row = 1;
    }

    /** One item, its cells in column order (as {@link kz.creativeeconomy.http.formats.CsvColumns#typedValues} gives them). */
    public void write(List<Object> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            cell(data, row, c, cells.get(c));
        }
        remember(cells);
        row++;
        if (row % FLUSH_EVERY == 0) {
            data.flush();
        }
    }

    private void remember(List<Object> cells) {
        if (!sourceColumns.isEmpty()) {
            List<Object> source = new ArrayList<>(sourceColumns.size());
            for (int c : sourceColumns) {
                source.add(cells.get(c));
            }
            if (source.get(0) != null) {
                sources.putIfAbsent(source, Boolean.TRUE);
            }
        }
        if (footnoteColumn >= 0 && cells.get(footnoteColumn) instanceof String footnote && !footnote.isBlank()) {
            int[] seen = footnotes.get(footnote);
            if (seen != null) {
                seen[1]++;
            } else if (footnotes.size() < MAX_FOOTNOTES) {
                footnotes.put(footnote, new int[] {row + 1, 1});
            } else {
                footnotesCut = true;
            }
        }
    }

    /**
     * Finishes the data sheet and writes the sources sheet: what the file is (the request and data version given), the
     * distinct sources of its rows, and its distinct footnotes with the first row and number of rows they qualify.
     */
    public void finish(String request, String dataVersion) throws IOException {
        data.finish();
        Worksheet notes = workbook.newWorksheet("sources");
        int r = 0;
        notes.inlineString(r, 0, "Creative Economy of Kazakhstan open data API");
        notes.style(r, 0).bold().set();
        notes.width(0, 28);
        notes.width(1, 60);
        notes.inlineString(++r, 0, "request");
        notes.inlineString(r, 1, request);
        notes.inlineString(++r, 0, "data version");
        notes.inlineString(r, 1, dataVersion);
        notes.inlineString(++r, 0, "how to read");
        notes.inlineString(r, 1, "Values on the data sheet are as published, in unit x 10^unit_multiplier; each row names its "
                + "status, source and footnote. Codes and periods are text.");
        r += 2;
        notes.inlineString(r, 0, "Sources");
        notes.style(r, 0).bold().set();
        r++;
        if (sourceColumns.isEmpty()) {
            notes.inlineString(r++, 0, "The rows of this list carry no source columns; /v1/sources lists every source of the API.");
        } else {
            for (int n = 0; n < sourceColumns.size(); n++) {
                notes.inlineString(r, n, columns.get(sourceColumns.get(n)));
                notes.style(r, n).bold().set();
            }
            r++;
            for (List<Object> source : sources.keySet()) {
                for (int n = 0; n < source.size(); n++) {
                    cell(notes, r, n, source.get(n));
                }
                r++;
            }
        }
        if (footnoteColumn >= 0) {
            r++;
            notes.inlineString(r, 0, "Footnotes");
            notes.style(r, 0).bold().set();
            r++;
            notes.inlineString(r, 0, "footnote");
            notes.inlineString(r, 1, "first data row");
            notes.inlineString(r, 2, "rows");
            notes.range(r, 0, r, 2).style().bold().set();
            r++;
            for (Map.Entry<String, int[]> footnote : footnotes.entrySet()) {
                notes.inlineString(r, 0, footnote.getKey());
                notes.value(r, 1, footnote.getValue()[0]);
                notes.value(r, 2, footnote.getValue()[1]);
                r++;
            }
            if (footnotesCut) {
                notes.inlineString(r, 0, "More than " + MAX_FOOTNOTES + " distinct footnotes: the rest are in the footnote column of the data sheet.");
            }
        }
        notes.finish();
        workbook.finish();
    }

    /** A typed cell: a number with its own decimals, text for everything else (codes, periods, dates). */
    static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal decimal) {
            sheet.value(r, c, decimal);
            int scale = Math.max(0, decimal.scale());
            sheet.style(r, c).format(scale < NUMBER_FORMATS.length ? NUMBER_FORMATS[scale] : "0." + "0".repeat(scale)).set();
        } else if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof Boolean bool) {
            sheet.value(r, c, bool);
        } else {
            sheet.inlineString(r, c, value.toString());
        }
    }
}

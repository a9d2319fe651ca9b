package kz.creativeeconomy.observation.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.http.formats.CsvColumns;
import kz.creativeeconomy.http.formats.CsvPageWriter;
import kz.creativeeconomy.observation.Catalogue;
import kz.creativeeconomy.observation.ObservationRow;

/**
 * Writes observations as exactly the CSV a page of {@link ObservationDto} gives ({@link CsvPageWriter}), for exports of
 * millions of rows. Most cells of a row belong to its indicator, region, period, breakdown or source, which thousands of
 * rows share: each such run of cells is formatted once, by the same columns and the same commons-csv format as a page,
 * kept with the catalogue entry ({@link Catalogue.Derived}) and copied after that. Only the id, value, status and footnote are formatted per row. Rows collect in a
 * StringBuilder that goes out as UTF-8 bytes every 32 K characters (a Writer takes a lock per append: a tenth of an
 * export's time). One instance serves one export.
 */
final class ObservationCsvExport {

    /** The column groups of {@link ObservationDto}, in column order. */
    private enum Part { ID, INDICATOR, REGION, PERIOD, BREAKDOWN, VALUE, UNIT, STATUS, FOOTNOTE, SOURCE }

    private static final CsvColumns COLUMNS = CsvColumns.of(ObservationDto.class);
    /** The first column of each part, and the column count at the end. */
    private static final int[] START = starts(COLUMNS.names());
    private static final int FLUSH_AT = 32 * 1024;

    /** What an export keeps with catalogue entries: the CSV of an entry's cells, per language where they have names. */
    private static final Catalogue.Derived.Key[] CELLS = Catalogue.Derived.Key.perLanguage();
    private static final Catalogue.Derived.Key[] UNIT_CELLS = Catalogue.Derived.Key.perLanguage();
    /** The cells of a period or a source, which have no names to translate. */
    private static final Catalogue.Derived.Key NEUTRAL = new Catalogue.Derived.Key();

    private final OutputStream out;
    private final Language language;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    /** The empty breakdown cells of a total (which has no entry to keep them with). */
    private String total;

    ObservationCsvExport(OutputStream out, Language language, boolean bom) throws IOException {
        this.out = out;
        this.language = language;
        if (bom) {
            buffer.append('\uFEFF');
        }
        CsvPageWriter.printRecord(buffer, COLUMNS.names());
    }

    /** The whole result as CSV, written row by row from a database cursor. */
    static jakarta.ws.rs.core.StreamingOutput streaming(kz.creativeeconomy.observation.ObservationService observations,
                                                        kz.creativeeconomy.observation.ObservationQuery query, Language lang, boolean bom) {
        return output -> {
            try (output) {
                ObservationCsvExport csv = new ObservationCsvExport(output, lang, bom);
                observations.stream(query, row -> {
                    try {
                        csv.write(row);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                csv.flush();
            }
        };
    }

    void write(ObservationRow row) throws IOException {
        int l = language.ordinal();
        EntryCaches caches = EntryCaches.of(row);
        String indicator = (String) caches.indicator().get(CELLS[l]);
        String unit = (String) caches.indicator().get(UNIT_CELLS[l]);
        String region = (String) caches.region().get(CELLS[l]);
        String period = (String) caches.period().get(NEUTRAL);
        String breakdown = caches.breakdown() == null ? total : (String) caches.breakdown().get(CELLS[l]);
        String source = (String) caches.source().get(NEUTRAL);
        if (indicator == null || unit == null || region == null || period == null || breakdown == null || source == null) {
            List<String> cells = COLUMNS.values(ObservationDto.of(row, language));
            caches.indicator().set(CELLS[l], indicator = segment(cells, Part.INDICATOR));
            caches.indicator().set(UNIT_CELLS[l], unit = segment(cells, Part.UNIT));
            caches.region().set(CELLS[l], region = segment(cells, Part.REGION));
            caches.period().set(NEUTRAL, period = segment(cells, Part.PERIOD));
            breakdown = segment(cells, Part.BREAKDOWN);
            if (caches.breakdown() == null) {
                total = breakdown;
            } else {
                caches.breakdown().set(CELLS[l], breakdown);
            }
            caches.source().set(NEUTRAL, source = segment(cells, Part.SOURCE));
        }
        CsvPageWriter.FORMAT.print(Long.toString(row.id()), buffer, true);
        buffer.append(indicator).append(region).append(period).append(breakdown);
        CsvPageWriter.FORMAT.print(CsvColumns.text(row.value()), buffer, false);
        buffer.append(unit);
        CsvPageWriter.FORMAT.print(CsvColumns.text(row.status()), buffer, false);
        CsvPageWriter.FORMAT.print(CsvColumns.text(row.footnote(language).text()), buffer, false);
        buffer.append(source);
        CsvPageWriter.FORMAT.println(buffer);
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is buffered; the caller closes the stream. */
    void flush() throws IOException {
        out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        buffer.setLength(0);
    }

    /** The cells of one part, each with the delimiter before it, formatted as a page formats them. */
    private static String segment(List<String> cells, Part part) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int n = START[part.ordinal()]; n < START[part.ordinal() + 1]; n++) {
            CsvPageWriter.FORMAT.print(cells.get(n), text, false);
        }
        return text.toString();
    }

    /** Where each part starts among the columns; fails at class load if the columns are not grouped in Part order. */
    private static int[] starts(List<String> names) {
        int[] starts = new int[Part.values().length + 1];
        int part = -1;
        for (int n = 0; n < names.size(); n++) {
            Part owner = partOf(names.get(n));
            if (owner.ordinal() != part) {
                if (owner.ordinal() != part + 1) {
                    throw new IllegalStateException("Observation CSV columns out of the expected order at " + names.get(n) + ": " + names);
                }
                part = owner.ordinal();
                starts[part] = n;
            }
        }
        if (part != Part.SOURCE.ordinal()) {
            throw new IllegalStateException("Observation CSV columns end before the source: " + names);
        }
        starts[Part.values().length] = names.size();
        return starts;
    }

    private static Part partOf(String column) {
        if (column.equals("id")) {
            return Part.ID;
        }
        for (Part part : List.of(Part.INDICATOR, Part.REGION, Part.PERIOD, Part.BREAKDOWN, Part.SOURCE)) {
            if (column.startsWith(part.name().toLowerCase() + "_")) {
                return part;
            }
        }
        if (column.startsWith("unit") || column.equals("decimals")) {
            return Part.UNIT;
        }
        return Part.valueOf(column.toUpperCase());
    }
}

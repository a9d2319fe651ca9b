package kz.creativeeconomy.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import one row at a time, so memory does not grow with the file: CSV with the columns of the CSV export
 * (extra export columns such as names and labels are ignored), or a JSON array of observation objects.
 */
final class ImportReader {

    /** CSV column for each field; the first name found in the header wins (export names first). */
    static final Map<String, List<String>> CSV_COLUMNS = Map.of(
            "indicator", List.of("indicator_code", "indicator"),
            "region", List.of("region_code", "region_slug", "region"),
            "period", List.of("period_code", "period"),
            "breakdown_dimension", List.of("breakdown_dimension"),
            "breakdown_member", List.of("breakdown_member"),
            "value", List.of("value"),
            "status", List.of("status"),
            "footnote", List.of("footnote"),
            "source", List.of("source_id", "source"));
    static final List<String> REQUIRED = List.of("indicator", "region", "period", "value", "status", "source");
    static final Set<String> JSON_FIELDS = Set.of("indicator", "region", "period", "breakdown_dimension", "breakdown_member",
            "value", "status", "footnote", "source");

    private ImportReader() {
    }

    static void csv(InputStream body, Consumer<ImportRow> rows) throws IOException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
            Map<String, Integer> index = new java.util.HashMap<>();
            for (Map.Entry<String, List<String>> field : CSV_COLUMNS.entrySet()) {
                for (String column : field.getValue()) {
                    int position = header.indexOf(column);
                    if (position >= 0) {
                        index.put(field.getKey(), position);
                        break;
                    }
                }
            }
            List<Problem.FieldError> missing = new ArrayList<>();
            for (String field : REQUIRED) {
                if (!index.containsKey(field)) {
                    missing.add(new Problem.FieldError(0L, CSV_COLUMNS.get(field).get(0), "column is missing from the header row",
                            "a header with " + String.join(", ", REQUIRED.stream().map(f -> CSV_COLUMNS.get(f).get(0)).toList())));
                }
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalidBody(missing);
            }
            long row = 0;
            for (CSVRecord record : parser) {
                row++;
                rows.accept(new ImportRow(row, cell(record, index, "indicator"), cell(record, index, "region"), cell(record, index, "period"),
                        cell(record, index, "breakdown_dimension"), cell(record, index, "breakdown_member"), cell(record, index, "value"),
                        cell(record, index, "status"), cell(record, index, "footnote"), cell(record, index, "source")));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException | org.apache.commons.csv.CSVException e) {
            // CSVException: a malformed header row (the rows' errors come wrapped in UncheckedIOException)
            throw new ProblemException(400, ProblemTypes.BAD_REQUEST, "Malformed CSV", "The CSV cannot be read: " + e.getMessage(), null);
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> index, String field) {
        Integer position = index.get(field);
        if (position == null || position >= record.size()) {
            return null;
        }
        String value = record.get(position);
        return value == null || value.isEmpty() ? null : value;
    }

    static void json(InputStream body, Consumer<ImportRow> rows) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ProblemException(400, ProblemTypes.BAD_REQUEST, "Malformed JSON", "A JSON import is an array of observation objects.", null);
            }
            long row = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                row++;
                Map<String, String> fields = new java.util.HashMap<>();
                List<String> unknown = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        parser.skipChildren();
                        unknown.add(name);
                        continue;
                    }
                    if (!JSON_FIELDS.contains(name)) {
                        unknown.add(name);
                    }
                    fields.put(name, token == JsonToken.VALUE_NULL ? null : parser.getText());
                }
                rows.accept(new ImportRow(row, fields.get("indicator"), fields.get("region"), fields.get("period"),
                        fields.get("breakdown_dimension"), fields.get("breakdown_member"), fields.get("value"), fields.get("status"),
                        fields.get("footnote"), fields.get("source")).withUnknown(unknown));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProblemException(400, ProblemTypes.BAD_REQUEST, "Malformed JSON", "The JSON cannot be read: " + e.getOriginalMessage(), null);
        }
    }
}

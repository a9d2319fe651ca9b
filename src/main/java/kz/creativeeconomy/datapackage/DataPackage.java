package kz.creativeeconomy.datapackage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.creativeeconomy.http.formats.CsvColumns;
import kz.creativeeconomy.http.formats.CsvPageWriter;

/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) as a zip: datapackage.json, then one
 * CSV per resource, written with the same columns and format as the API's CSV. Nothing in it depends on the time or the
 * host of the request: entries carry a fixed date, JSON objects keep their insertion order, rows come in the API's
 * stable order, so one data version always gives the same bytes.
 */
public final class DataPackage {

    /** Zip entries are dated 1980-01-01 (the first date a zip can hold): the package's date is its data version. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One CSV of the package: its descriptor (without path and schema) and its rows, handed over in order. */
    public record Resource(String name, String title, Class<?> recordType, List<String> primaryKey, List<Map<String, Object>> foreignKeys,
                           Map<String, String> descriptions, Rows rows) {
    }

    @FunctionalInterface
    public interface Rows {
        void forEach(java.util.function.Consumer<Object> item);
    }

    private DataPackage() {
    }

    public static Map<String, Object> foreignKey(String field, String resource, String referencedField) {
        return TableSchema.foreignKey(field, resource, referencedField);
    }

    /** Writes the package: descriptor holds the package properties; resources are added to it with their schemas. */
    public static void write(OutputStream out, Map<String, Object> descriptor, List<Resource> resources) throws IOException {
        List<Object> described = new ArrayList<>();
        for (Resource resource : resources) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("profile", "tabular-data-resource");
            entry.put("name", resource.name());
            entry.put("title", resource.title());
            entry.put("path", resource.name() + ".csv");
            entry.put("format", "csv");
            entry.put("mediatype", "text/csv");
            entry.put("encoding", "utf-8");
            Map<String, Object> dialect = new LinkedHashMap<>();
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\r\n");
            dialect.put("quoteChar", "\"");
            dialect.put("doubleQuote", true);
            dialect.put("header", true);
            entry.put("dialect", dialect);
            entry.put("schema", TableSchema.of(resource.recordType(), resource.primaryKey(), resource.foreignKeys(), resource.descriptions()));
            described.add(entry);
        }
        Map<String, Object> full = new LinkedHashMap<>(descriptor);
        full.put("resources", described);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(entry("datapackage.json"));
        zip.write(JSON.writeValueAsBytes(full));
        zip.closeEntry();
        for (Resource resource : resources) {
            zip.putNextEntry(entry(resource.name() + ".csv"));
            CsvColumns columns = CsvColumns.of(resource.recordType());
            StringBuilder buffer = new StringBuilder(64 * 1024);
            CsvPageWriter.printRecord(buffer, columns.names());
            try {
                resource.rows().forEach(item -> {
                    try {
                        CsvPageWriter.printRecord(buffer, columns.values(item));
                        if (buffer.length() > 32 * 1024) {
                            zip.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
                            buffer.setLength(0);
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            zip.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }
}

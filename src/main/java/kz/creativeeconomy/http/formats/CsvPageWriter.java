package kz.creativeeconomy.http.formats;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.common.Paged;
import org.apache.commons.csv.CSVFormat;

/** Writes any page of API records as RFC 4180 CSV in UTF-8, with an optional byte-order mark (bom=true) for Excel. */
@Provider
@Produces(Formats.CSV)
public class CsvPageWriter implements MessageBodyWriter<Paged> {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    @Inject
    HttpServerRequest request;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Paged.class.isAssignableFrom(type) && itemType(type, genericType) != null;
    }

    @Override
    public void writeTo(Paged page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", Formats.CSV_UTF8);
        CsvColumns columns = CsvColumns.of(itemType(type, genericType));
        List<Paged.SharedCell> shared = page.sharedCells();
        try (Writer writer = open(out, "true".equals(request.getParam("bom")))) {
            printRecord(writer, withShared(columns.names(), shared, true, true));
            for (Object item : page.items()) {
                printRecord(writer, withShared(columns.values(item), shared, false, true));
            }
        }
    }

    /**
     * One record in {@link #FORMAT}, formatted by commons-csv itself. Not through a CSVPrinter: since 1.11 it takes a
     * lock per field, and a response's writer is never shared; a 1,000,000-row export spent a tenth of its time there.
     */
    public static void printRecord(Appendable out, List<?> values) throws IOException {
        for (int n = 0; n < values.size(); n++) {
            FORMAT.print(values.get(n), out, n == 0);
        }
        FORMAT.println(out);
    }

    /** The cells of a row (or the header) followed by the page's shared cells (or their column names); as text for CSV. */
    @SuppressWarnings("unchecked")
    public static List<Object> withShared(List<?> cells, List<Paged.SharedCell> shared, boolean header, boolean asText) {
        if (shared.isEmpty()) {
            return (List<Object>) cells; // most lists: no copy per row
        }
        List<Object> row = new ArrayList<>(cells.size() + shared.size());
        row.addAll(cells);
        for (Paged.SharedCell cell : shared) {
            row.add(header ? cell.column() : asText ? CsvColumns.text(cell.value()) : cell.value());
        }
        return row;
    }

    /** A buffered UTF-8 writer, starting with U+FEFF when a byte-order mark is asked for. */
    public static Writer open(OutputStream out, boolean bom) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (bom) {
            writer.write('\uFEFF');
        }
        return writer;
    }

    /** The record type of the items: the type argument of Page<T>, or the element type of a concrete page's items. */
    public static Class<?> itemType(Class<?> type, Type genericType) {
        if (genericType instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals("items") && component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
                    return c;
                }
            }
        }
        return null;
    }
}

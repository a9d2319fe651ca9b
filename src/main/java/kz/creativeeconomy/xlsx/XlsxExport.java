package kz.creativeeconomy.xlsx;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import kz.creativeeconomy.http.formats.CsvColumns;

/** A whole result as one streamed xlsx workbook: items are written as the source hands them over, never collected. */
public final class XlsxExport {

    /** Hands every item of a result, in order, to the consumer it is given (from a database cursor, say). */
    @FunctionalInterface
    public interface Items {
        void forEach(Consumer<Object> item);
    }

    private XlsxExport() {
    }

    /** itemType: the record type of the items, whose CSV columns the data sheet has. */
    public static StreamingOutput of(Class<?> itemType, String request, String dataVersion, Items items) {
        CsvColumns columns = CsvColumns.of(itemType);
        return output -> {
            try (output) {
                XlsxSheets sheets = new XlsxSheets(output, columns.names());
                items.forEach(item -> {
                    try {
                        sheets.write(columns.typedValues(item));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                sheets.finish(request, dataVersion);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }
}

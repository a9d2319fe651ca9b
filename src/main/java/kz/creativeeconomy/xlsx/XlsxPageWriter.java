package kz.creativeeconomy.xlsx;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import kz.creativeeconomy.common.Paged;
import kz.creativeeconomy.http.formats.CsvColumns;
import kz.creativeeconomy.http.formats.CsvPageWriter;
import kz.creativeeconomy.http.caching.DataVersion;
import kz.creativeeconomy.http.formats.Formats;

/**
 * Writes any page of API records as an xlsx workbook with the columns of its CSV ({@link CsvColumns}): the same
 * flattened snake_case names in the same order, with typed cells, and a sheet of sources and footnotes.
 */
@Provider
@Produces(Formats.XLSX)
public class XlsxPageWriter implements MessageBodyWriter<Paged> {

    @Inject
    HttpServerRequest request;
    @Inject
    DataVersion dataVersion;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Paged.class.isAssignableFrom(type) && CsvPageWriter.itemType(type, genericType) != null;
    }

    @Override
    public void writeTo(Paged page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", Formats.XLSX);
        CsvColumns columns = CsvColumns.of(CsvPageWriter.itemType(type, genericType));
        List<Paged.SharedCell> shared = page.sharedCells();
        List<String> names = CsvPageWriter.withShared(columns.names(), shared, true, false).stream().map(String::valueOf).toList();
        XlsxSheets sheets = new XlsxSheets(out, names);
        for (Object item : page.items()) {
            sheets.write(CsvPageWriter.withShared(columns.typedValues(item), shared, false, false));
        }
        String next = page.next() == null ? "" : " (one page; the next is " + page.next() + ")";
        sheets.finish(request.absoluteURI() + next, versionText(dataVersion));
    }

    /** The data version as the sources sheet names it: its number and when the data last changed. */
    public static String versionText(DataVersion dataVersion) {
        DataVersion.Version version = dataVersion.current();
        return version.number() + ", data changed at " + version.changedAt();
    }
}

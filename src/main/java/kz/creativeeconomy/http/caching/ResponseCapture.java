package kz.creativeeconomy.http.caching;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps a copy of the bytes of a cacheable 200 response (marked by {@link HttpCaching}) in the {@link ResponseCache}. */
@Provider
public class ResponseCapture implements WriterInterceptor {

    @Inject
    ResponseCache cache;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object etag = context.getProperty(HttpCaching.CACHE_AS);
        if (etag == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        Tee tee = new Tee(original);
        context.setOutputStream(tee);
        context.proceed();
        if (!tee.overflowed) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : new String[]{"Link", "Content-Disposition"}) {
                Object value = context.getHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name, value.toString());
                }
            }
            Object type = context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
            cache.put((String) etag, new ResponseCache.Entry(tee.copy.toByteArray(),
                    type != null ? type.toString() : context.getMediaType().toString(), headers));
        }
    }

    /** Writes through, keeping a copy until the response is too big to cache. */
    private static final class Tee extends OutputStream {
        private final OutputStream out;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream(4096);
        private boolean overflowed;

        Tee(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (overflowed) {
                return;
            }
            if (copy.size() + len > ResponseCache.MAX_ENTRY_BYTES) {
                overflowed = true;
                copy.reset();
                return;
            }
            copy.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}

package kz.creativeeconomy.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes rows in the text format of PostgreSQL's COPY (tab between fields, \N for null, backslash escapes), UTF-8.
 * It does much less per field than a CSV printer: an import spends most of its first seconds in code the JIT has not
 * compiled yet, so every step per row shows.
 */
final class CopyTextWriter implements AutoCloseable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int length;
    private boolean firstField = true;

    CopyTextWriter(OutputStream out) {
        this.out = out;
    }

    /** A text field; null and the empty string are both written as null, as the CSV COPY of before read them. */
    CopyTextWriter field(String value) throws IOException {
        separator();
        if (value == null || value.isEmpty()) {
            put((byte) '\\');
            put((byte) 'N');
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                escaped(value.substring(i).getBytes(StandardCharsets.UTF_8));
                return this;
            }
            ascii(c);
        }
        return this;
    }

    CopyTextWriter field(long value) throws IOException {
        separator();
        String digits = Long.toString(value);
        for (int i = 0; i < digits.length(); i++) {
            put((byte) digits.charAt(i));
        }
        return this;
    }

    void endRow() throws IOException {
        put((byte) '\n');
        firstField = true;
    }

    private void separator() throws IOException {
        if (!firstField) {
            put((byte) '\t');
        }
        firstField = false;
    }

    /** UTF-8 bytes: only the ASCII control characters and the backslash need escaping, never a byte of a multi-byte character. */
    private void escaped(byte[] bytes) throws IOException {
        for (byte b : bytes) {
            if (b >= 0) {
                ascii((char) b);
            } else {
                put(b);
            }
        }
    }

    private void ascii(char c) throws IOException {
        switch (c) {
            case '\\' -> {
                put((byte) '\\');
                put((byte) '\\');
            }
            case '\t' -> {
                put((byte) '\\');
                put((byte) 't');
            }
            case '\n' -> {
                put((byte) '\\');
                put((byte) 'n');
            }
            case '\r' -> {
                put((byte) '\\');
                put((byte) 'r');
            }
            default -> put((byte) c);
        }
    }

    private void put(byte b) throws IOException {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = b;
    }

    private void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}

package kz.creativeeconomy.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;

/**
 * Passes an import's bytes through unchanged while the JDK's strict UTF-8 decoder checks them, and stops the import
 * with a 422 naming the line at the first byte that is not UTF-8. Readers decode leniently (a bad byte became U+FFFD,
 * stored as if the file had said it); and a reader that fails on its own cannot say on which line the bytes are.
 */
final class Utf8Check extends FilterInputStream {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Bytes read but not yet decoded: the start of a character split between two reads (at most 3). */
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 16);
    private final CharBuffer scratch = CharBuffer.allocate(1 << 16);
    private long line = 1;
    private long offset;
    private boolean finished;

    Utf8Check(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int start, int length) throws IOException {
        int n = in.read(buffer, start, length);
        if (n < 0) {
            finish();
            return n;
        }
        int done = 0;
        while (done < n) {
            int slice = Math.min(n - done, pending.remaining());
            pending.put(buffer, start + done, slice);
            done += slice;
            decode(false);
        }
        return n;
    }

    private void decode(boolean endOfInput) {
        pending.flip();
        while (true) {
            int before = pending.position();
            scratch.clear();
            CoderResult result = decoder.decode(pending, scratch, endOfInput);
            count(before, pending.position());
            if (result.isOverflow()) {
                continue;
            }
            if (result.isError()) {
                throw notUtf8();
            }
            break;
        }
        if (endOfInput && pending.hasRemaining()) {
            throw notUtf8();
        }
        pending.compact();
    }

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        decode(true);
        scratch.clear();
        if (decoder.flush(scratch).isError()) {
            throw notUtf8();
        }
    }

    /** Lines and bytes of the decoded part: in UTF-8 a newline byte is always a newline. */
    private void count(int from, int to) {
        for (int i = from; i < to; i++) {
            if (pending.get(i) == '\n') {
                line++;
            }
        }
        offset += to - from;
    }

    private ProblemException notUtf8() {
        String reason = "line " + line + " is not valid UTF-8 (bad byte at offset " + offset + " of the body)";
        return new ProblemException(422, kz.creativeeconomy.common.ProblemTypes.VALIDATION_FAILED, "Validation failed",
                "Line " + line + " of the file is not valid UTF-8 text. Save the file as UTF-8 and send it again. Nothing was stored.",
                null, List.of(new Problem.FieldError(null, "body", reason, "UTF-8 text")));
    }
}

package kz.creativeeconomy.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyTextWriterTest {

    private static String written(Rows rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CopyTextWriter writer = new CopyTextWriter(bytes)) {
            rows.write(writer);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    interface Rows {
        void write(CopyTextWriter writer) throws IOException;
    }

    @Test
    void separatesFieldsWithTabsAndWritesNullAndEmptyAsBackslashN() throws IOException {
        assertEquals("12\t-3\t\\N\t\\N\tx\n4\n", written(w -> {
            w.field(12).field(-3).field((String) null).field("").field("x").endRow();
            w.field(4).endRow();
        }));
    }

    @Test
    void escapesBackslashTabNewlineAndCarriageReturnAndKeepsUnicode() throws IOException {
        assertEquals("a\\\\b\\tc\\nd\\re\tÖskemen \\t 日本 😀\\\\\n", written(w -> w.field("a\\b\tc\nd\re").field("Öskemen \t 日本 😀\\").endRow()));
    }

    @Test
    void rowsCrossingTheBufferBoundaryStayIntact() throws IOException {
        StringBuilder expected = new StringBuilder();
        for (long n = 0; n < 20_000; n++) {
            expected.append(n * 1_000_003).append('\t').append("period-").append(n).append('\n');
        }
        assertEquals(expected.toString(), written(w -> {
            for (long n = 0; n < 20_000; n++) {
                w.field(n * 1_000_003).field("period-" + n).endRow();
            }
        }));
    }
}

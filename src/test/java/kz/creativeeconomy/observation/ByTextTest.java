package kz.creativeeconomy.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ByTextTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsEveryKeyByItsBytesAndNothingElse() {
        Map<String, Integer> byKey = new HashMap<>();
        IntStream.range(0, 500).forEach(n -> byKey.put("source-" + n, n));
        byKey.put("қазақ-тілі", -1); // not ASCII: the driver's bytes are UTF-8
        ByText<Integer> table = ByText.of(byKey);
        byKey.forEach((key, value) -> assertEquals(value, table.get(utf8(key)), key));
        assertNull(table.get(utf8("source-500")));
        assertNull(table.get(utf8("source-")));
        assertNull(table.get(utf8("")));
        assertNull(table.get(null));
    }

    @Test
    void findsATwoPartKeyByItsPartsOnly() {
        ByText<String> table = ByText.ofPairs(List.of("sex", "sex", "age", "ab"), List.of("female", "male", "15-24", "c"),
                List.of("F", "M", "A", "AB:C"));
        assertEquals("F", table.get(utf8("sex"), utf8("female")));
        assertEquals("M", table.get(utf8("sex"), utf8("male")));
        assertEquals("A", table.get(utf8("age"), utf8("15-24")));
        assertEquals("AB:C", table.get(utf8("ab"), utf8("c")));
        // the same bytes split elsewhere are another key, and a two-part key is not a one-part one
        assertNull(table.get(utf8("a"), utf8("bc")));
        assertNull(table.get(utf8("se"), utf8("xfemale")));
        assertNull(table.get(utf8("sexfemale")));
        assertNull(table.get(utf8("sex"), utf8("other")));
        assertNull(table.get(utf8("sex"), null));
        assertNull(table.get(null, utf8("male")));
    }

    @Test
    void refusesADuplicateKey() {
        assertThrows(IllegalArgumentException.class, () -> ByText.ofPairs(List.of("a", "a"), List.of("b", "b"), List.of(1, 2)));
    }
}

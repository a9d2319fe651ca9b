package kz.creativeeconomy.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reader completes each row from its own columns, whatever the row before it named. */
class CatalogueRowsTest {

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static Catalogue.SourceEntry source(String id) {
        return new Catalogue.SourceEntry(id, null, "p. 1", id, "en", "publisher", null, LocalDate.of(2025, 1, 1), new Catalogue.Derived());
    }

    private static Catalogue.BreakdownEntry breakdown(String dimension, String member) {
        return new Catalogue.BreakdownEntry(dimension, member, dimension, dimension, dimension, member, member, member, new Catalogue.Derived());
    }

    private final Catalogue.SourceEntry a = source("source-a");
    private final Catalogue.SourceEntry b = source("source-b");
    private final Catalogue.BreakdownEntry female = breakdown("sex", "female");
    private final Catalogue.BreakdownEntry male = breakdown("sex", "male");
    private final Catalogue catalogue = new Catalogue(1,
            Catalogue.ById.of(Map.of(1, new Catalogue.IndicatorEntry(1, "gva", "GVA", "GVA", "GVA", "kzt", 6, 1, "tenge", "tenge", "tenge",
                    "million", "million", "million", new Catalogue.Derived())), new Catalogue.IndicatorEntry[0]),
            Catalogue.ById.of(Map.of(1, new Catalogue.RegionEntry(1, "630000000", "ekr", "EKR", "EKR", "EKR", "region", new Catalogue.Derived())),
                    new Catalogue.RegionEntry[0]),
            Catalogue.ById.of(Map.of(1, new Catalogue.PeriodEntry(1, "2023", "annual", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                    new Catalogue.Derived())), new Catalogue.PeriodEntry[0]),
            ByText.of(Map.of("source-a", a, "source-b", b)),
            ByText.ofPairs(List.of("sex", "sex"), List.of("female", "male"), List.of(female, male)),
            Map.of(), Map.of());

    private ObservationRow row(Catalogue.Rows rows, String dimension, String member, String status, String source) {
        return rows.row(7, 1, 1, 1, utf8(dimension), utf8(member), BigDecimal.ONE, utf8(status), null, utf8(source));
    }

    @Test
    void eachRowGetsItsOwnSourceStatusAndBreakdown() {
        Catalogue.Rows rows = catalogue.rows();
        String[][] sequence = {
                {"sex", "female", "final", "source-a"},
                {"sex", "female", "final", "source-a"},
                {null, null, "provisional", "source-b"},
                {"sex", "male", "provisional", "source-a"},
                {"sex", "female", "final", "source-b"},
                {null, null, "estimated", "source-b"},
        };
        for (String[] expected : sequence) {
            ObservationRow row = row(rows, expected[0], expected[1], expected[2], expected[3]);
            assertEquals(expected[0], row.breakdownDimension());
            assertEquals(expected[1], row.breakdownMember());
            assertSame(expected[0] == null ? null : "female".equals(expected[1]) ? female : male, row.breakdown());
            assertEquals(expected[2], row.status());
            assertSame("source-a".equals(expected[3]) ? a : b, row.source());
        }
    }

    @Test
    void anUnknownSourceOrBreakdownIsNoRowEvenAfterAKnownOne() {
        Catalogue.Rows rows = catalogue.rows();
        row(rows, "sex", "female", "final", "source-a");
        assertNull(row(rows, "sex", "female", "final", "source-c"));
        assertNull(row(rows, "sex", "other", "final", "source-a"));
        assertNull(row(rows, "age", "female", "final", "source-a"));
        assertSame(a, row(rows, "sex", "female", "final", "source-a").source());
    }
}

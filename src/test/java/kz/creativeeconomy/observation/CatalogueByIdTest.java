package kz.creativeeconomy.observation;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row finds its indicator, region and period by id in arrays, as it would in the maps, and nothing for an unknown id. */
class CatalogueByIdTest {

    private static Catalogue.PeriodEntry period(int id) {
        return new Catalogue.PeriodEntry(id, "p" + id, "annual", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), new Catalogue.Derived());
    }

    @Test
    void sparseIdsAreFoundAndGapsAndOutsidersAreNot() {
        Map<Integer, Catalogue.PeriodEntry> periods = Map.of(1, period(1), 7, period(7), 5072, period(5072));
        Catalogue.ById<Catalogue.PeriodEntry> byId = Catalogue.ById.of(periods, new Catalogue.PeriodEntry[0]);
        assertNotNull(byId.array());
        for (int id : periods.keySet()) {
            assertSame(periods.get(id), byId.get(id));
        }
        for (int id : new int[]{0, 2, 5071, 5073, -1, Integer.MAX_VALUE}) {
            assertNull(byId.get(id), "id " + id);
        }
        assertNull(Catalogue.ById.of(Map.<Integer, Catalogue.IndicatorEntry>of(), new Catalogue.IndicatorEntry[0]).get(1));
    }

    @Test
    void idsTooLargeForAnArrayAreLookedUpInTheMap() {
        int huge = Catalogue.ById.MAX_ARRAY_ID + 5;
        Map<Integer, Catalogue.PeriodEntry> periods = Map.of(1, period(1), huge, period(huge));
        Catalogue.ById<Catalogue.PeriodEntry> byId = Catalogue.ById.of(periods, new Catalogue.PeriodEntry[0]);
        assertNull(byId.array());
        assertSame(periods.get(huge), byId.get(huge));
        assertNull(byId.get(2));
    }
}

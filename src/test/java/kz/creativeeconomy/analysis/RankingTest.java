package kz.creativeeconomy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard competition ranking on synthetic values: the seed has no ties, so they are made up here. */
class RankingTest {

    record Region(String code, BigDecimal value) {
    }

    private static List<String> ranks(List<Region> regions) {
        return Ranking.descending(regions, Region::value, Comparator.comparing(Region::code)).stream()
                .map(r -> r.rank() + ":" + r.item().code()).toList();
    }

    private static Region region(String code, String value) {
        return new Region(code, new BigDecimal(value));
    }

    @Test
    void tiedValuesShareARankAndTheNextRankSkips() {
        List<Region> regions = List.of(region("d", "5"), region("b", "20"), region("a", "30"), region("c", "20"));
        assertEquals(List.of("1:a", "2:b", "2:c", "4:d"), ranks(regions));
    }

    @Test
    void aTieAtTheTopSkipsToTheRankAfterIt() {
        List<Region> regions = List.of(region("x", "7"), region("y", "7"), region("z", "7"), region("w", "1"));
        assertEquals(List.of("1:x", "1:y", "1:z", "4:w"), ranks(regions));
    }

    @Test
    void valuesAreComparedAsNumbersNotByScale() {
        // 1.0 and 1.00 are the same number with different printed decimals: a tie, not two ranks.
        assertEquals(List.of("1:a", "1:b", "3:c"), ranks(List.of(region("b", "1.00"), region("a", "1.0"), region("c", "0.9"))));
    }

    @Test
    void negativeValuesRankBelowZero() {
        assertEquals(List.of("1:z", "2:m", "3:n"), ranks(List.of(region("n", "-3382"), region("z", "0"), region("m", "-1"))));
    }

    @Test
    void nothingToRankIsAnEmptyRanking() {
        assertEquals(List.of(), ranks(List.of()));
    }
}

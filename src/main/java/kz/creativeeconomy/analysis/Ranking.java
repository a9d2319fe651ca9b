package kz.creativeeconomy.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Orders items by a value, largest first, and numbers them. */
public final class Ranking {

    public record Ranked<T>(int rank, T item) {
    }

    private Ranking() {
    }

    /**
     * Standard competition ranking ("1224"): equal values share a rank, and the rank after a tie skips as many places
     * as the tie holds, so a rank always says how many items are strictly larger (rank - 1). Values are compared as
     * numbers (1.0 equals 1.00). Items with equal values are listed in tieOrder, which does not change their rank.
     */
    public static <T> List<Ranked<T>> descending(List<T> items, Function<T, BigDecimal> value, Comparator<T> tieOrder) {
        Comparator<T> byValue = Comparator.comparing(value, Comparator.reverseOrder());
        List<T> sorted = items.stream().sorted(byValue.thenComparing(tieOrder)).toList();
        List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
        for (int position = 0; position < sorted.size(); position++) {
            boolean tiesWithPrevious = position > 0 && value.apply(sorted.get(position)).compareTo(value.apply(sorted.get(position - 1))) == 0;
            int rank = tiesWithPrevious ? ranked.get(position - 1).rank() : position + 1;
            ranked.add(new Ranked<>(rank, sorted.get(position)));
        }
        return ranked;
    }
}

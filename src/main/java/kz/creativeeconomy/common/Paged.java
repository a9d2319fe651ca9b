package kz.creativeeconomy.common;

import java.util.List;

/** A page of a list in any of its forms: its items and the URL of the next page (null on the last). */
public interface Paged {
    List<?> items();

    String next();

    /**
     * Cells every row of the page shares, which the JSON form gives once beside the items (the indicator, region and unit
     * of a series): the CSV and xlsx forms append them to every row after the items' own columns, so that a row read on
     * its own still says what its number is. None for lists whose items carry all of it.
     */
    default List<SharedCell> sharedCells() {
        return List.of();
    }

    /** A column name and the value it has in every row; null is an empty cell. */
    record SharedCell(String column, Object value) {
    }
}

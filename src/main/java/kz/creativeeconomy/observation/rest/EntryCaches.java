package kz.creativeeconomy.observation.rest;

import kz.creativeeconomy.observation.Catalogue;
import kz.creativeeconomy.observation.ObservationRow;

/**
 * The caches of one observation's catalogue entries, where the fast writers (CSV export, JSON pages) keep each entry's
 * encoded part per language: looked up the same way by both. breakdown is null for a total.
 */
record EntryCaches(Catalogue.Derived indicator, Catalogue.Derived region, Catalogue.Derived period, Catalogue.Derived breakdown,
                   Catalogue.Derived source) {

    static EntryCaches of(ObservationRow row) {
        return new EntryCaches(row.indicator().derived(), row.region().derived(), row.period().derived(),
                row.breakdown() == null ? null : row.breakdown().derived(), row.source().derived());
    }
}

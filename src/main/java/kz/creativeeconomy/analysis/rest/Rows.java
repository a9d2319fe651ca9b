package kz.creativeeconomy.analysis.rest;

import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.region.rest.RegionRef;

/** The region and period of an observation row as the API shows them. */
final class Rows {

    private Rows() {
    }

    static RegionRef region(ObservationRow row, Language language) {
        Language.Localized name = language.pick(row.regionNameEn(), row.regionNameRu(), row.regionNameKk());
        return new RegionRef(row.regionCode(), row.regionSlug(), name.text(), name.language().name(), row.regionLevel());
    }

    static ObservationDto.PeriodDto period(ObservationRow row) {
        return new ObservationDto.PeriodDto(row.periodCode(), row.frequency(), row.periodStart(), row.periodEnd());
    }
}

package kz.creativeeconomy.observation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One observation joined with everything needed to cite it: read in a single statement, never lazily. */
public record ObservationRow(
        long id,
        int indicatorId, String indicatorCode, String indicatorNameEn, String indicatorNameRu, String indicatorNameKk,
        String unit, int unitMultiplier, int decimals,
        int regionId, String regionCode, String regionSlug, String regionNameEn, String regionNameRu, String regionNameKk, String regionLevel,
        String periodCode, String frequency, LocalDate periodStart, LocalDate periodEnd,
        String breakdownDimension, String breakdownMember,
        String dimensionNameEn, String dimensionNameRu, String dimensionNameKk,
        String memberNameEn, String memberNameRu, String memberNameKk,
        BigDecimal value, String status, String footnote,
        String sourceId, Integer sourceReference, String sourceLocator, String sourceTitle, String sourcePublisher, String sourceUrl,
        LocalDate sourceAccessedOn) {
}

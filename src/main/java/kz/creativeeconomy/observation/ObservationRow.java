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
        LocalDate sourceAccessedOn,
        String unitNameEn, String unitNameRu, String unitNameKk,
        String multiplierEn, String multiplierRu, String multiplierKk) {

    /** "million tenge", "млн тенге", "млн теңге": the unit with its power of ten, in a language. */
    public kz.creativeeconomy.common.Language.Localized unitLabel(kz.creativeeconomy.common.Language language) {
        return kz.creativeeconomy.common.UnitLabels.label(language, unitNameEn, unitNameRu, unitNameKk, multiplierEn, multiplierRu, multiplierKk);
    }
}

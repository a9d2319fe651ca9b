package kz.creativeeconomy.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.UnitLabels;

/**
 * One observation with everything needed to cite it: its own columns, and the catalogue entries of its indicator,
 * region, period, breakdown (null for a total) and source, read in a single statement, never lazily. The entries are
 * the catalogue's own instances, shared by every row that refers to them, so writers can derive a representation of
 * an entry once (see {@link Catalogue.Derived}).
 */
public record ObservationRow(long id, Catalogue.IndicatorEntry indicator, Catalogue.RegionEntry region, Catalogue.PeriodEntry period,
                             Catalogue.BreakdownEntry breakdown,
                             BigDecimal value, String status, String footnote, Catalogue.SourceEntry source,
                             Catalogue.Footnotes footnotes) {

    /** The footnote in a language: the project's translation, or the English text marked en when there is none. */
    public Language.Localized footnote(Language language) {
        return footnotes.localize(footnote, language);
    }

    /** "million tenge", "млн тенге", "млн теңге": the unit with its power of ten, in a language. */
    public Language.Localized unitLabel(Language language) {
        return UnitLabels.label(language, unitNameEn(), unitNameRu(), unitNameKk(), multiplierEn(), multiplierRu(), multiplierKk());
    }

    /** The breakdown's dimension code; null for a total. */
    public String breakdownDimension() {
        return breakdown == null ? null : breakdown.dimension();
    }

    /** The breakdown's member code; null for a total. */
    public String breakdownMember() {
        return breakdown == null ? null : breakdown.member();
    }

    public int indicatorId() {
        return indicator.id();
    }

    public String indicatorCode() {
        return indicator.code();
    }

    public String indicatorNameEn() {
        return indicator.nameEn();
    }

    public String indicatorNameRu() {
        return indicator.nameRu();
    }

    public String indicatorNameKk() {
        return indicator.nameKk();
    }

    public String unit() {
        return indicator.unit();
    }

    public int unitMultiplier() {
        return indicator.unitMultiplier();
    }

    public int decimals() {
        return indicator.decimals();
    }

    public String unitNameEn() {
        return indicator.unitEn();
    }

    public String unitNameRu() {
        return indicator.unitRu();
    }

    public String unitNameKk() {
        return indicator.unitKk();
    }

    public String multiplierEn() {
        return indicator.multiplierEn();
    }

    public String multiplierRu() {
        return indicator.multiplierRu();
    }

    public String multiplierKk() {
        return indicator.multiplierKk();
    }

    public int regionId() {
        return region.id();
    }

    public String regionCode() {
        return region.code();
    }

    public String regionSlug() {
        return region.slug();
    }

    public String regionNameEn() {
        return region.nameEn();
    }

    public String regionNameRu() {
        return region.nameRu();
    }

    public String regionNameKk() {
        return region.nameKk();
    }

    public String regionLevel() {
        return region.level();
    }

    public String periodCode() {
        return period.code();
    }

    public String frequency() {
        return period.frequency();
    }

    public LocalDate periodStart() {
        return period.start();
    }

    public LocalDate periodEnd() {
        return period.end();
    }

    public String dimensionNameEn() {
        return breakdown == null ? null : breakdown.dimensionEn();
    }

    public String dimensionNameRu() {
        return breakdown == null ? null : breakdown.dimensionRu();
    }

    public String dimensionNameKk() {
        return breakdown == null ? null : breakdown.dimensionKk();
    }

    public String memberNameEn() {
        return breakdown == null ? null : breakdown.memberEn();
    }

    public String memberNameRu() {
        return breakdown == null ? null : breakdown.memberRu();
    }

    public String memberNameKk() {
        return breakdown == null ? null : breakdown.memberKk();
    }

    public String sourceId() {
        return source.id();
    }

    public Integer sourceReference() {
        return source.referenceNumber();
    }

    public String sourceLocator() {
        return source.locator();
    }

    public String sourceTitle() {
        return source.title();
    }

    public String sourceTitleLanguage() {
        return source.titleLanguage();
    }

    public String sourcePublisher() {
        return source.publisher();
    }

    public String sourceUrl() {
        return source.url();
    }

    public LocalDate sourceAccessedOn() {
        return source.accessedOn();
    }
}

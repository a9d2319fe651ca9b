package kz.creativeeconomy.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * Statements of the paper that the stored data can confirm or contradict. They are claims to check, not data: the
 * prose figures live here, next to the sentence that prints them, and never in the observation table.
 */
final class ProseClaims {

    /**
     * A growth rate printed in the prose: stated percent growth of an indicator in a region from one period to another.
     * printedEndSignificantDigits is how precisely the same sentence prints the end value, so that a figure computed
     * from that rounded value can be offered as an explanation of a discrepancy (null when it prints none).
     */
    record Growth(String id, String sourceId, String quote, BigDecimal statedPercent, String indicatorCode, String regionCode,
                  String fromPeriod, String toPeriod, Integer printedEndSignificantDigits, String printedEnd) {
    }

    /**
     * A stored observation that gives several regions' combined share of a whole: claimIndicator in wholeRegion is
     * checked against the sum of partIndicator over partRegions divided by partIndicator in wholeRegion, times 100.
     */
    record CombinedShare(String id, String claimIndicator, String wholeRegion, String partIndicator, List<String> partRegions) {
    }

    static final List<Growth> GROWTH = List.of(new Growth(
            "kazakhstan-creative-gva-growth-2018-2023", "authors-text",
            "On the national scale, the GVA by creative industries of the Republic of Kazakhstan has been consistently increasing "
                    + "throughout the period, rising from 594.469 billion tenge in 2018 to 1.2 trillion tenge in 2023, with total growth of about 101.9%.",
            new BigDecimal("101.9"), "creative-gva", "KZ", "2018", "2023",
            2, "1.2 trillion tenge"));

    static final List<CombinedShare> COMBINED_SHARES = List.of(new CombinedShare(
            "astana-almaty-share-of-creative-gva", "creative-gva-share-astana-almaty", "KZ", "creative-gva", List.of("710000000", "750000000")));

    private ProseClaims() {
    }
}

package kz.creativeeconomy.analysis.rest;

/** The contract tag shared by the analysis resources. */
final class AnalysisTag {
    static final String NAME = "Analysis";
    static final String DESCRIPTION = "Figures derived from the stored data: changes, indices, growth rates, rankings, shares and consistency "
            + "checks. Each derived number carries its formula, the values put in, and its rounding.";

    private AnalysisTag() {
    }
}

package kz.creativeeconomy.explore;

import java.util.List;

/** Everything the series page shows, already in the page's language: the template only lays it out. */
public record SeriesView(
        String code,
        Lang.Name indicator,
        Lang.Name definition,
        Lang.Name unit,
        Lang.Name breakdown,
        String breakdownParameter,
        Breakdowns breakdowns,
        String tab,
        String chartHref,
        String tableHref,
        String summary,
        SeriesCharts.PageChart chart,
        List<Choice> regions,
        List<Choice> fromPeriods,
        List<Choice> toPeriods,
        List<ValueRow> rows,
        List<RegionChanges> changes,
        boolean changesInPoints,
        Formulas formulas,
        List<Citation> citations,
        List<ApiLink> apiLinks,
        String curl,
        List<ApiLink> downloads,
        String embedSnippet,
        String structuredData) {

    /** An option of a control: a region to compare, a period to start or end at. */
    public record Choice(String value, Lang.Name label, boolean selected) {
    }

    /**
     * The breakdown picker: the totals (null when no region has any) and each member with values, by dimension; note
     * says why a member is shown that the URL did not name, else null.
     */
    public record Breakdowns(String note, BreakdownLink total, List<BreakdownGroup> groups) {
    }

    public record BreakdownGroup(Lang.Name dimension, List<BreakdownLink> members) {
    }

    public record BreakdownLink(String href, Lang.Name label, boolean current) {
    }

    /** One value as published, with everything that qualifies it. */
    public record ValueRow(String regionSlug, Lang.Name region, String periodCode, String period, String value, String rawValue,
                           String status, String statusLabel, Lang.Name footnote, String sourceId,
                           Lang.Name sourceTitle) {
    }

    /** Changes of one region's series, each with the computation that gives it; cagr and the percents are null on a page in points. */
    public record RegionChanges(Lang.Name region, String basePeriod, List<ChangeRow> rows, Derived cagr, Derived total, Derived totalPercent) {
    }

    public record ChangeRow(String period, Derived change, Derived percent, Derived index) {
    }

    /** A derived number: its text, or "not available" with the reason; the computation for a reader to check. */
    public record Derived(String text, String computation, Lang.Name reason) {
    }

    public record Formulas(String change, String percent, String index, String cagr, String total, String totalPercent) {
    }

    public record ApiLink(String label, String href, String type) {
    }
}

package kz.creativeeconomy.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Which breakdown a series page shows when its URL names none, and the links to the others. Some indicators are
 * published only broken down (attendance by type of institution, the shares of urban and rural population): their
 * totals are not empty but absent, so a page of their totals would show nothing. Such a page shows the first member
 * with values instead, says so, and links every member, so that each number on it is one the source printed.
 */
final class SeriesBreakdowns {

    private SeriesBreakdowns() {
    }

    /**
     * The member to show when the URL names no breakdown, or null for the totals. Totals when the regions asked have
     * some; else the first member the regions asked have values of; else, when no region has totals, the first member
     * any region has (the region picker then lists the regions that have it). Totals too when nothing else has values,
     * so a page that showed totals before still does.
     */
    static String[] pick(List<ExploreQueries.RegionOption> totals, List<ExploreQueries.MemberOption> members, List<String> askedRegions) {
        boolean anyRegion = askedRegions.isEmpty();
        if (totals.stream().anyMatch(t -> anyRegion || askedRegions.contains(t.slug()))) {
            return null;
        }
        for (ExploreQueries.MemberOption option : members) {
            if (anyRegion || option.regionSlugs().stream().anyMatch(askedRegions::contains)) {
                return new String[] {option.dimension(), option.member()};
            }
        }
        return totals.isEmpty() && !members.isEmpty() ? new String[] {members.get(0).dimension(), members.get(0).member()} : null;
    }

    /**
     * The picker: a link to the totals (when any region has totals) and one to each member with values, grouped by
     * dimension, each keeping the page's regions, range, view and language. href gives a link's URL from the member
     * (null for the totals) and whether the totals must be asked for by name (breakdown=none), which they must when
     * a URL without breakdown would show a member. Null when the indicator has no breakdown.
     *
     * @param picked whether the page shows a member its URL did not name: the picker then says why
     */
    static SeriesView.Breakdowns picker(Lang lang, List<ExploreQueries.RegionOption> totals, List<ExploreQueries.MemberOption> members,
                                        List<String> regions, String[] shown, boolean picked, BiFunction<String[], Boolean, String> href) {
        if (members.isEmpty()) {
            return null;
        }
        SeriesView.BreakdownLink total = totals.isEmpty() ? null
                : new SeriesView.BreakdownLink(href.apply(null, pick(totals, members, regions) != null),
                new Lang.Name(lang.messages().total(), lang.language().name(), false), shown == null);
        Map<String, List<SeriesView.BreakdownLink>> links = new LinkedHashMap<>();
        Map<String, Lang.Name> dimensions = new LinkedHashMap<>();
        String note = null;
        for (ExploreQueries.MemberOption option : members) {
            boolean current = shown != null && shown[0].equals(option.dimension()) && shown[1].equals(option.member());
            Lang.Name dimension = lang.name(option.dimensionEn(), option.dimensionRu(), option.dimensionKk());
            Lang.Name member = lang.name(option.memberEn(), option.memberRu(), option.memberKk());
            dimensions.putIfAbsent(option.dimension(), dimension);
            links.computeIfAbsent(option.dimension(), d -> new ArrayList<>())
                    .add(new SeriesView.BreakdownLink(href.apply(new String[] {option.dimension(), option.member()}, false), member, current));
            if (current && picked) {
                note = lang.messages().breakdownPicked(dimension.text(), member.text());
            }
        }
        List<SeriesView.BreakdownGroup> groups = new ArrayList<>();
        links.forEach((code, memberLinks) -> groups.add(new SeriesView.BreakdownGroup(dimensions.get(code), memberLinks)));
        return new SeriesView.Breakdowns(note, total, groups);
    }
}

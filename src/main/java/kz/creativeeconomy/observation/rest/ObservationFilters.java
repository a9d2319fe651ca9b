package kz.creativeeconomy.observation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.common.Cursor;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.observation.Catalogue;
import kz.creativeeconomy.observation.CatalogueCache;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationService;
import kz.creativeeconomy.observation.Statuses;
import kz.creativeeconomy.period.Frequency;
import kz.creativeeconomy.period.PeriodCode;
import kz.creativeeconomy.region.RegionService;

/** Turns the query parameters of the observation endpoints into a validated query, or a 400 naming the parameter. */
@ApplicationScoped
public class ObservationFilters {

    @Inject
    ObservationService observations;
    @Inject
    CatalogueCache catalogues;
    @Inject
    IndicatorService indicatorService;
    @Inject
    RegionService regionService;

    public ObservationQuery parse(ObservationFilterParameters filter, String limit, String cursor) {
        return parse(filter.indicator, filter.region, filter.period, filter.from, filter.to, filter.frequency, filter.status, filter.breakdown,
                limit, cursor);
    }

    public ObservationQuery parse(List<String> indicator, List<String> region, List<String> period, String from, String to,
                                  List<String> frequency, List<String> status, List<String> breakdown, String limit, String cursor) {
        int pageSize = QueryParams.limit(limit);
        List<String> periodCodes = QueryParams.list(period);
        for (String code : periodCodes) {
            if (PeriodCode.parse(code).isEmpty()) {
                throw ProblemException.invalidParameter("period", "'" + code + "' is not a period code", PeriodCode.FORMS);
            }
        }
        LocalDate fromStart = bound("from", from, true);
        LocalDate toStart = bound("to", to, false);
        if (fromStart != null && toStart != null && fromStart.isAfter(toStart)) {
            throw ProblemException.invalidParameter("to", "'" + to + "' ends before 'from' begins", "a period or date not before 'from'");
        }
        List<String> totals = new ArrayList<>();
        List<String> dimensions = new ArrayList<>();
        List<String[]> members = new ArrayList<>();
        List<String> selectors = QueryParams.list(breakdown);
        if (!selectors.isEmpty()) {
            Map<String, List<String>> catalogue = observations.breakdownCatalogue();
            String allowed = "'none', a dimension or dimension:member; dimensions: " + String.join(", ", catalogue.keySet().stream().sorted().toList());
            for (String selector : selectors) {
                if (selector.equals("none")) {
                    totals.add(selector);
                    continue;
                }
                String[] parts = selector.split(":", 2);
                List<String> known = catalogue.get(parts[0]);
                if (known == null) {
                    throw ProblemException.invalidParameter("breakdown", "unknown dimension '" + parts[0] + "'", allowed);
                }
                if (parts.length == 1) {
                    dimensions.add(parts[0]);
                } else if (known.contains(parts[1])) {
                    members.add(parts);
                } else {
                    throw ProblemException.invalidParameter("breakdown", "unknown member '" + parts[1] + "' of " + parts[0],
                            "one of " + String.join(", ", known));
                }
            }
        }
        List<String> after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor.trim(), 4);
        if (after != null) {
            try {
                Integer.parseInt(after.get(0));
                Integer.parseInt(after.get(1));
                LocalDate.parse(after.get(2));
                Long.parseLong(after.get(3));
            } catch (RuntimeException e) {
                throw ProblemException.invalidParameter("cursor", "malformed cursor", "only the value taken from the 'next' link of a previous page");
            }
        }
        Catalogue catalogue = catalogues.current();
        return new ObservationQuery(
                ids("indicator", QueryParams.list(indicator), catalogue.indicatorIds(), indicatorService::unknown, IndicatorService.ALLOWED),
                ids("region", QueryParams.list(region), catalogue.regionIds(), regionService::unknown, RegionService.ALLOWED),
                periodCodes, fromStart, toStart,
                QueryParams.allOf("frequency", frequency, Frequency.NAMES),
                QueryParams.allOf("status", status, Statuses.ALL),
                !totals.isEmpty(), dimensions, members, after, pageSize);
    }

    /**
     * The date a from (start = true) or to bound stands for: the start or the end of the period it names, or the date
     * itself; null when absent. Periods are kept when their start lies within the bounds.
     */
    /** Codes to ids through the in-memory catalogue; an unknown code answers 400 naming the parameter. */
    private static List<Integer> ids(String parameter, List<String> codes, Map<String, Integer> known,
                                     java.util.function.UnaryOperator<String> unknown, String allowed) {
        List<Integer> ids = new ArrayList<>(codes.size());
        for (String code : codes) {
            Integer id = known.get(code);
            if (id == null) {
                throw ProblemException.invalidParameter(parameter, unknown.apply(code), allowed);
            }
            ids.add(id);
        }
        return ids;
    }

    public static LocalDate bound(String name, String raw, boolean start) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return PeriodCode.parse(raw.trim()).map(p -> start ? p.start() : p.end()).orElseThrow(() ->
                ProblemException.invalidParameter(name, "'" + raw + "' is not a period or date", PeriodCode.FORMS));
    }
}

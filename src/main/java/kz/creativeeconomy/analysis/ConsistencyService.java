package kz.creativeeconomy.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;

/**
 * Recomputes published derived values from their stored components and says which ones the published rounding cannot
 * explain; checks figures of the paper's prose against the data. A fixed number of statements: the indicators, the
 * observations of the derived indicators with their components, and the observations the notes need.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsistencyService {

    static final int MAX_ROWS = 100_000;
    public static final String GROWTH = "(v[end] / v[start] - 1) * 100";
    public static final String COMBINED_SHARE = "sum of v[part] / v[whole] * 100";

    private final ObservationService observations;

    ConsistencyService(ObservationService observations) {
        this.observations = observations;
    }

    /** A published derived value and its recomputation; consistent is null when the components are missing. */
    public record Item(String indicatorCode, ObservationRow published, int publishedDecimals, DerivedValue recomputed, DerivedValue difference,
                       BigDecimal tolerance, Boolean consistent) {
    }

    /** A figure stated in the paper's text, checked against the stored data. */
    public record Note(String id, String claim, String claimSourceId, BigDecimal statedValue, DerivedValue computed, DerivedValue difference,
                       BigDecimal tolerance, Boolean consistent, String explanation, DerivedValue alternative, List<String> dataSourceIds) {
    }

    /** Counts over every item that matched indicator and region, whether or not only_inconsistent hid it. */
    public record Summary(int checked, int consistent, int inconsistent, int notRecomputable) {
    }

    public record Report(List<String> indicators, Summary summary, List<Item> items, List<Note> notes) {
    }

    /**
     * Checks the published values of the given derived indicators (all recomputable ones when empty) in the given
     * regions (all when empty). Unknown indicators, and indicators without a formula this service can apply, are 400s.
     */
    public Report check(List<String> indicatorCodes, List<Integer> regionIds, boolean onlyInconsistent) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.<Indicator>list("order by code")) {
            byCode.put(indicator.code, indicator);
        }
        Map<String, RatioFormula> recomputable = new LinkedHashMap<>();
        byCode.values().forEach(i -> RatioFormula.parse(i.formula)
                .filter(f -> byCode.containsKey(f.numerator()) && byCode.containsKey(f.denominator()))
                .ifPresent(f -> recomputable.put(i.code, f)));
        List<String> selected = indicatorCodes.isEmpty() ? List.copyOf(recomputable.keySet()) : indicatorCodes;
        for (String code : selected) {
            if (!byCode.containsKey(code)) {
                throw ProblemException.invalidParameter("indicator", "unknown indicator '" + code + "'", allowed(recomputable));
            }
            if (!recomputable.containsKey(code)) {
                throw ProblemException.invalidParameter("indicator", "'" + code + "' has no formula this service can recompute", allowed(recomputable));
            }
        }

        List<Item> items = selected.isEmpty() ? List.of() : items(selected, byCode, recomputable, regionIds);
        Summary summary = new Summary(items.size(),
                (int) items.stream().filter(i -> Boolean.TRUE.equals(i.consistent())).count(),
                (int) items.stream().filter(i -> Boolean.FALSE.equals(i.consistent())).count(),
                (int) items.stream().filter(i -> i.consistent() == null).count());
        List<Note> notes = notes(byCode);
        if (onlyInconsistent) {
            items = items.stream().filter(i -> Boolean.FALSE.equals(i.consistent())).toList();
            notes = notes.stream().filter(n -> Boolean.FALSE.equals(n.consistent())).toList();
        }
        return new Report(selected, summary, items, notes);
    }

    private static String allowed(Map<String, RatioFormula> recomputable) {
        return "a derived indicator whose formula can be recomputed: " + String.join(", ", recomputable.keySet());
    }

    private List<Item> items(List<String> selected, Map<String, Indicator> byCode, Map<String, RatioFormula> recomputable, List<Integer> regionIds) {
        List<Integer> ids = new ArrayList<>();
        for (String code : selected) {
            RatioFormula formula = recomputable.get(code);
            for (String needed : List.of(code, formula.numerator(), formula.denominator())) {
                if (!ids.contains(byCode.get(needed).id)) {
                    ids.add(byCode.get(needed).id);
                }
            }
        }
        ObservationQuery query = new ObservationQuery(ids, regionIds, List.of(), null, null, List.of(), List.of(), false, List.of(), List.of(), null, MAX_ROWS);
        List<ObservationRow> rows = observations.list(query, MAX_ROWS);
        Map<String, ObservationRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(key(r.indicatorCode(), r), r));
        List<Item> items = new ArrayList<>();
        for (ObservationRow published : rows) {
            RatioFormula formula = selected.contains(published.indicatorCode()) ? recomputable.get(published.indicatorCode()) : null;
            if (formula != null) {
                items.add(item(published, formula, byKey.get(key(formula.numerator(), published)), byKey.get(key(formula.denominator(), published))));
            }
        }
        return items;
    }

    static Item item(ObservationRow published, RatioFormula formula, ObservationRow numerator, ObservationRow denominator) {
        PublishedRounding rounding = PublishedRounding.of(published.value());
        List<String> missing = new ArrayList<>();
        if (numerator == null) {
            missing.add(formula.numerator());
        }
        if (denominator == null) {
            missing.add(formula.denominator());
        }
        Optional<BigDecimal> exact = missing.isEmpty() ? formula.apply(numerator.value(), denominator.value()) : Optional.empty();
        if (exact.isEmpty()) {
            String reason = missing.isEmpty() ? formula.denominator() + " is zero"
                    : "no stored " + String.join(" and no stored ", missing) + " for " + published.regionSlug() + ", " + published.periodCode()
                    + (published.breakdownMember() == null ? "" : ", " + published.breakdownDimension() + ":" + published.breakdownMember());
            return new Item(published.indicatorCode(), published, rounding.decimals(), DerivedValue.unavailable(formula.text(), rounding.decimals(), reason),
                    DerivedValue.unavailable(PublishedRounding.DIFFERENCE, rounding.differenceDecimals(), reason),
                    rounding.tolerance(), null);
        }
        String computation = formula.computation(numerator.value(), denominator.value());
        return new Item(published.indicatorCode(), published, rounding.decimals(),
                DerivedValue.of(exact.get(), rounding.decimals(), formula.text(), computation),
                rounding.difference(published.value(), exact.get(), computation),
                rounding.tolerance(), rounding.agrees(published.value(), exact.get()));
    }

    private static String key(String indicatorCode, ObservationRow r) {
        return indicatorCode + "|" + r.regionId() + "|" + r.periodCode() + "|" + Objects.toString(r.breakdownDimension(), "") + "|"
                + Objects.toString(r.breakdownMember(), "");
    }

    // ---- Notes: the paper's text against the data ------------------------------------------------------------

    private List<Note> notes(Map<String, Indicator> byCode) {
        List<Integer> ids = new ArrayList<>();
        ProseClaims.GROWTH.forEach(g -> addId(ids, byCode, g.indicatorCode()));
        ProseClaims.COMBINED_SHARES.forEach(s -> {
            addId(ids, byCode, s.claimIndicator());
            addId(ids, byCode, s.partIndicator());
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        ObservationQuery query = new ObservationQuery(ids, List.of(), List.of(), null, null, List.of(), List.of(), true, List.of(), List.of(), null, MAX_ROWS);
        List<ObservationRow> rows = observations.list(query, MAX_ROWS);
        List<Note> notes = new ArrayList<>();
        for (ProseClaims.Growth claim : ProseClaims.GROWTH) {
            Indicator indicator = byCode.get(claim.indicatorCode());
            if (indicator != null) {
                notes.add(growth(claim, indicator, find(rows, claim.indicatorCode(), claim.regionCode(), claim.fromPeriod()),
                        find(rows, claim.indicatorCode(), claim.regionCode(), claim.toPeriod())));
            }
        }
        for (ProseClaims.CombinedShare check : ProseClaims.COMBINED_SHARES) {
            for (ObservationRow claim : rows) {
                if (claim.indicatorCode().equals(check.claimIndicator()) && claim.regionCode().equals(check.wholeRegion())) {
                    notes.add(combinedShare(check, byCode.get(check.partIndicator()), claim, rows));
                }
            }
        }
        return notes;
    }

    private static void addId(List<Integer> ids, Map<String, Indicator> byCode, String code) {
        Indicator indicator = byCode.get(code);
        if (indicator != null && !ids.contains(indicator.id)) {
            ids.add(indicator.id);
        }
    }

    private static ObservationRow find(List<ObservationRow> rows, String indicatorCode, String regionCode, String periodCode) {
        return rows.stream().filter(r -> r.indicatorCode().equals(indicatorCode) && r.regionCode().equals(regionCode)
                && r.periodCode().equals(periodCode)).findFirst().orElse(null);
    }

    static Note growth(ProseClaims.Growth claim, Indicator indicator, ObservationRow start, ObservationRow end) {
        int decimals = SeriesCalculator.percentDecimals(indicator.decimals);
        PublishedRounding stated = PublishedRounding.of(claim.statedPercent());
        String formula = GROWTH + ", start = " + claim.fromPeriod() + ", end = " + claim.toPeriod();
        if (start == null || end == null || start.value().signum() <= 0) {
            String reason = start == null || end == null
                    ? "no stored " + claim.indicatorCode() + " of " + claim.regionCode() + " for " + (start == null ? claim.fromPeriod() : claim.toPeriod())
                    : "the start value is not positive";
            return new Note(claim.id(), claim.quote(), claim.sourceId(), claim.statedPercent(), DerivedValue.unavailable(formula, decimals, reason),
                    DerivedValue.unavailable(PublishedRounding.STATED_DIFFERENCE, stated.differenceDecimals(), reason),
                    stated.tolerance(), null, reason, null, List.of());
        }
        BigDecimal exact = growth(end.value(), start.value());
        String computation = growthComputation(end.value(), start.value());
        DerivedValue computed = DerivedValue.of(exact, decimals, formula, computation);
        boolean consistent = stated.agrees(claim.statedPercent(), exact);
        DerivedValue alternative = null;
        String explanation = "The stated " + DecimalMath.text(claim.statedPercent()) + "% agrees with the data within its printed rounding.";
        if (!consistent) {
            explanation = "Discrepancy: the stored " + claim.indicatorCode() + " values give " + DecimalMath.text(computed.value())
                    + "% (" + computation + "), not the stated " + DecimalMath.text(claim.statedPercent()) + "%.";
            if (claim.printedEndSignificantDigits() != null) {
                BigDecimal printedEnd = end.value().round(new MathContext(claim.printedEndSignificantDigits(), DecimalMath.ROUNDING));
                BigDecimal alternativeExact = growth(printedEnd, start.value());
                alternative = DerivedValue.of(alternativeExact, decimals,
                        "(round(v[end], " + claim.printedEndSignificantDigits() + " significant digits) / v[start] - 1) * 100",
                        growthComputation(printedEnd, start.value()));
                if (stated.agrees(claim.statedPercent(), alternativeExact)) {
                    explanation += " The stated figure is what the end value gives once rounded as the same sentence prints it (\""
                            + claim.printedEnd() + "\"): " + alternative.computation() + " = " + DecimalMath.text(alternative.value())
                            + ", so the prose most likely computed the growth from the rounded figure.";
                }
            }
        }
        return new Note(claim.id(), claim.quote(), claim.sourceId(), claim.statedPercent(), computed,
                stated.difference(PublishedRounding.STATED_DIFFERENCE, claim.statedPercent(), exact, computation), stated.tolerance(), consistent, explanation, alternative,
                List.of(start.sourceId(), end.sourceId()).stream().distinct().toList());
    }

    private static BigDecimal growth(BigDecimal end, BigDecimal start) {
        return DecimalMath.divide(end, start).subtract(BigDecimal.ONE).multiply(DecimalMath.HUNDRED);
    }

    private static String growthComputation(BigDecimal end, BigDecimal start) {
        return "(" + DecimalMath.text(end) + " / " + DecimalMath.text(start) + " - 1) * 100";
    }

    static Note combinedShare(ProseClaims.CombinedShare check, Indicator partIndicator, ObservationRow claim, List<ObservationRow> rows) {
        PublishedRounding stated = PublishedRounding.of(claim.value());
        int decimals = SeriesCalculator.percentDecimals(partIndicator.decimals);
        String formula = COMBINED_SHARE + ", part = " + String.join(" + ", check.partRegions()) + ", whole = " + check.wholeRegion()
                + ", v = " + check.partIndicator();
        ObservationRow whole = find(rows, check.partIndicator(), check.wholeRegion(), claim.periodCode());
        List<ObservationRow> parts = check.partRegions().stream().map(r -> find(rows, check.partIndicator(), r, claim.periodCode())).toList();
        if (whole == null || parts.contains(null) || whole.value().signum() <= 0) {
            String reason = "the stored " + check.partIndicator() + " values for " + claim.periodCode() + " are incomplete";
            return new Note(check.id(), claim.footnote(), claim.sourceId(), claim.value(), DerivedValue.unavailable(formula, decimals, reason),
                    DerivedValue.unavailable(PublishedRounding.STATED_DIFFERENCE, stated.differenceDecimals(), reason),
                    stated.tolerance(), null, reason, null, List.of());
        }
        BigDecimal sum = parts.stream().map(ObservationRow::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exact = DecimalMath.divide(sum, whole.value()).multiply(DecimalMath.HUNDRED);
        String computation = "(" + String.join(" + ", parts.stream().map(p -> DecimalMath.text(p.value())).toList()) + ") / "
                + DecimalMath.text(whole.value()) + " * 100";
        DerivedValue computed = DerivedValue.of(exact, decimals, formula, computation);
        boolean consistent = stated.agrees(claim.value(), exact);
        String explanation = (consistent ? "The published " : "Discrepancy: the published ") + DecimalMath.text(claim.value()) + "% ("
                + claim.sourceId() + ") " + (consistent ? "agrees with " : "does not agree with ") + DecimalMath.text(computed.value())
                + "% computed from the stored " + check.partIndicator() + " values within its printed rounding (±"
                + DecimalMath.text(stated.tolerance()) + ").";
        List<String> sources = new ArrayList<>();
        parts.forEach(p -> sources.add(p.sourceId()));
        sources.add(whole.sourceId());
        return new Note(check.id(), claim.footnote(), claim.sourceId(), claim.value(), computed, stated.difference(PublishedRounding.STATED_DIFFERENCE, claim.value(), exact, computation),
                stated.tolerance(), consistent, explanation, null, sources.stream().distinct().toList());
    }
}

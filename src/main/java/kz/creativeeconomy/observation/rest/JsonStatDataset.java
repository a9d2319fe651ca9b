package kz.creativeeconomy.observation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.observation.ObservationRow;

/**
 * Builds a JSON-stat 2.0 dataset (https://json-stat.org/full/) from observations: dimensions indicator (metric),
 * region (geo), period (time) and breakdown, labelled in the requested language; values in row-major order with
 * null for gaps; a status per cell; unit and decimals per indicator; sources and footnotes in the extension.
 */
public final class JsonStatDataset {

    static final String TOTAL = "_T";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonStatDataset() {
    }

    private static final Map<Language, Map<String, String>> LABELS = Map.of(
            Language.en, Map.of("indicator", "Indicator", "region", "Region", "period", "Period", "breakdown", "Breakdown", "total", "Total",
                    "dataset", "Creative economy of Kazakhstan: observations"),
            Language.ru, Map.of("indicator", "Показатель", "region", "Регион", "period", "Период", "breakdown", "Разрез", "total", "Всего",
                    "dataset", "Креативная экономика Казахстана: наблюдения"),
            Language.kk, Map.of("indicator", "Көрсеткіш", "region", "Өңір", "period", "Кезең", "breakdown", "Бөлініс", "total", "Барлығы",
                    "dataset", "Қазақстанның креативті экономикасы: бақылаулар"));

    /**
     * sparse: value as an object of the cells that have one (index to value), as JSON-stat 2.0 allows, instead of an array
     * with null for every gap; asked for with sparse=true, so the dense form of an existing URL never changes.
     */
    public static ObjectNode of(List<ObservationRow> rows, Language language, Instant updated, String href, boolean sparse) {
        Map<String, String> words = LABELS.get(language);
        Map<String, ObjectNode> indicators = new LinkedHashMap<>();
        Map<String, String> indicatorLabels = new LinkedHashMap<>();
        Map<String, String> regionLabels = new LinkedHashMap<>();
        TreeMap<String, String> periodLabels = new TreeMap<>();
        Map<String, String> periodOrder = new TreeMap<>();
        Map<String, String> breakdownLabels = new LinkedHashMap<>();
        Map<String, ObjectNode> sources = new TreeMap<>();
        for (ObservationRow r : rows) {
            indicatorLabels.putIfAbsent(r.indicatorCode(), language.pick(r.indicatorNameEn(), r.indicatorNameRu(), r.indicatorNameKk()).text());
            indicators.computeIfAbsent(r.indicatorCode(), code -> {
                ObjectNode unit = JSON.objectNode();
                unit.put("label", r.unitLabel(language).text());
                unit.put("decimals", r.decimals());
                unit.put("base", r.unit());
                unit.put("multiplier", r.unitMultiplier());
                return unit;
            });
            regionLabels.putIfAbsent(r.regionCode(), language.pick(r.regionNameEn(), r.regionNameRu(), r.regionNameKk()).text());
            // Periods are ordered by start date, then code, so a chart's time axis is chronological.
            periodOrder.putIfAbsent(r.periodStart() + "|" + r.periodCode(), r.periodCode());
            breakdownLabels.putIfAbsent(breakdownKey(r), r.breakdownDimension() == null ? words.get("total")
                    : language.pick(r.memberNameEn(), r.memberNameRu(), r.memberNameKk()).text());
            sources.computeIfAbsent(r.sourceId(), id -> {
                ObjectNode source = JSON.objectNode();
                source.put("title", r.sourceTitle());
                source.put("locator", r.sourceLocator());
                if (r.sourceReference() != null) {
                    source.put("reference_number", r.sourceReference());
                }
                source.put("url", r.sourceUrl());
                return source;
            });
        }
        List<String> periods = List.copyOf(periodOrder.values());
        periods.forEach(p -> periodLabels.put(p, p));
        List<String> indicatorIds = List.copyOf(indicatorLabels.keySet());
        List<String> regionIds = List.copyOf(regionLabels.keySet());
        List<String> breakdownIds = List.copyOf(breakdownLabels.keySet());
        int[] size = {indicatorIds.size(), regionIds.size(), periods.size(), breakdownIds.size()};

        ObjectNode dataset = JSON.objectNode();
        dataset.put("version", "2.0");
        dataset.put("class", "dataset");
        dataset.put("href", href);
        dataset.put("label", words.get("dataset"));
        dataset.put("source", "Astafyeva & Konopyanova (2025), https://doi.org/10.52821/2789-4401-2025-2-46-69, and the sources it cites");
        dataset.put("updated", updated.toString());
        ArrayNode id = dataset.putArray("id");
        List.of("indicator", "region", "period", "breakdown").forEach(id::add);
        ArrayNode sizeNode = dataset.putArray("size");
        for (int s : size) {
            sizeNode.add(s);
        }
        ObjectNode role = dataset.putObject("role");
        role.putArray("metric").add("indicator");
        role.putArray("geo").add("region");
        role.putArray("time").add("period");
        ObjectNode dimension = dataset.putObject("dimension");
        ObjectNode indicatorCategory = category(dimension, "indicator", words.get("indicator"), indicatorIds, indicatorLabels);
        ObjectNode units = indicatorCategory.putObject("unit");
        indicators.forEach(units::set);
        category(dimension, "region", words.get("region"), regionIds, regionLabels);
        category(dimension, "period", words.get("period"), periods, periodLabels);
        category(dimension, "breakdown", words.get("breakdown"), breakdownIds, breakdownLabels);

        long cells = (long) size[0] * size[1] * size[2] * size[3];
        // Sparse: only the cells that have a value, by index; an array of every cell is allocated only for the dense form.
        java.util.SortedMap<Integer, JsonNode> values = new TreeMap<>();
        ObjectNode status = JSON.objectNode();
        ObjectNode footnotes = JSON.objectNode();
        ObjectNode cellSources = JSON.objectNode();
        for (ObservationRow r : rows) {
            int index = ((indicatorIds.indexOf(r.indicatorCode()) * size[1] + regionIds.indexOf(r.regionCode())) * size[2]
                    + periods.indexOf(r.periodCode())) * size[3] + breakdownIds.indexOf(breakdownKey(r));
            values.put(index, JSON.numberNode(r.value()));
            status.put(String.valueOf(index), r.status());
            cellSources.put(String.valueOf(index), r.sourceId());
            if (r.footnote() != null) {
                footnotes.put(String.valueOf(index), r.footnote(language).text());
            }
        }
        if (sparse) {
            ObjectNode valueNode = dataset.putObject("value");
            values.forEach((index, value) -> valueNode.set(String.valueOf(index), value));
        } else {
            ArrayNode valueNode = dataset.putArray("value");
            for (int index = 0; index < cells; index++) {
                JsonNode value = values.get(index);
                valueNode.add(value == null ? JSON.nullNode() : value);
            }
        }
        dataset.set("status", status);
        ObjectNode extension = dataset.putObject("extension");
        extension.put("language", language.name());
        ObjectNode sourceNode = extension.putObject("sources");
        sources.forEach(sourceNode::set);
        extension.set("cell_sources", cellSources);
        extension.set("footnotes", footnotes);
        return dataset;
    }

    /** The sparse parameter: absent or false for the dense form, true for the sparse one, and only with format=json-stat. */
    static boolean sparse(String sparse, boolean jsonStat) {
        if (sparse == null || sparse.equals("false")) {
            return false;
        }
        if (!sparse.equals("true")) {
            throw kz.creativeeconomy.common.ProblemException.invalidParameter("sparse", "'" + sparse + "' is not a boolean", "true or false");
        }
        if (!jsonStat) {
            throw kz.creativeeconomy.common.ProblemException.invalidParameter("sparse", "sparse applies to JSON-stat only",
                    "sparse=true together with format=json-stat, or no sparse");
        }
        return true;
    }

    static String breakdownKey(ObservationRow r) {
        return r.breakdownDimension() == null ? TOTAL : r.breakdownDimension() + ":" + r.breakdownMember();
    }

    private static ObjectNode category(ObjectNode dimensions, String id, String label, List<String> ids, Map<String, String> labels) {
        ObjectNode dimension = dimensions.putObject(id);
        dimension.put("label", label);
        ObjectNode category = dimension.putObject("category");
        ObjectNode index = category.putObject("index");
        for (int n = 0; n < ids.size(); n++) {
            index.put(ids.get(n), n);
        }
        ObjectNode categoryLabels = category.putObject("label");
        ids.forEach(c -> categoryLabels.put(c, labels.get(c)));
        return category;
    }
}

package kz.creativeeconomy.sdmx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.observation.ObservationRow;

/**
 * Observations as an SDMX-JSON 2.0 data message, flat (every dimension at observation level, as SDMX REST's
 * dimensionAtObservation=AllDimensions): one data set whose observations are keyed "indicator:region:breakdown:period"
 * by the positions of their codes in the structure's value lists, each holding its exact value and the positions of its
 * attribute values (unit, unit multiplier, decimals, status, source, footnote or null).
 */
public final class SdmxJsonData {

    /** The distinct values of one component in order of first use, with the JSON that describes each. */
    private static final class Values {
        private final Map<Object, Integer> positions = new LinkedHashMap<>();
        private final ArrayNode nodes = Json.array();

        int of(Object key, Function<Object, ObjectNode> describe) {
            return positions.computeIfAbsent(key, k -> {
                nodes.add(describe.apply(k));
                return nodes.size() - 1;
            });
        }
    }

    private SdmxJsonData() {
    }

    /** rows: in the API's stable order, at least one; base: the API's absolute root; self: the request's URL. */
    public static ObjectNode message(List<ObservationRow> rows, Language language, long dataVersion, Instant changedAt, String base, String self) {
        Values indicators = new Values();
        Values regions = new Values();
        Values breakdowns = new Values();
        Values periods = new Values();
        Values units = new Values();
        Values multipliers = new Values();
        Values decimals = new Values();
        Values statuses = new Values();
        Values sources = new Values();
        Values footnotes = new Values();
        ObjectNode observations = Json.object();
        for (ObservationRow row : rows) {
            String key = indicators.of(row.indicatorCode(), k -> Json.named(Json.object().put("id", row.indicatorCode()), language,
                    row.indicatorNameEn(), row.indicatorNameRu(), row.indicatorNameKk()))
                    + ":" + regions.of(row.regionCode(), k -> Json.named(Json.object().put("id", row.regionCode()), language,
                    row.regionNameEn(), row.regionNameRu(), row.regionNameKk()))
                    + ":" + breakdowns.of(Sdmx.breakdownCode(row), k -> breakdown(row, language))
                    // A time period is not a code (a range such as 2024-01-01/P9M has a '/', which ids cannot): a value, named by the API's code.
                    + ":" + periods.of(row.periodCode(), k -> Json.object().put("value", Sdmx.timePeriod(row)).put("name", row.periodCode()));
            ArrayNode observation = observations.putArray(key);
            observation.add(row.value());
            observation.add(units.of(row.unit(), k -> Json.named(Json.object().put("id", row.unit()), language,
                    row.unitNameEn(), row.unitNameRu(), row.unitNameKk())));
            // Integers as their lexical form: the schema's value is oneOf integer and number, which a JSON integer matches twice.
            observation.add(multipliers.of(row.unitMultiplier(), k -> Json.object().put("value", Integer.toString(row.unitMultiplier()))));
            observation.add(decimals.of(row.decimals(), k -> Json.object().put("value", Integer.toString(row.decimals()))));
            String status = Sdmx.obsStatus(row.status());
            observation.add(statuses.of(status, k -> Json.object().put("id", status).put("name", Sdmx.OBS_STATUS_NAMES.get(status))
                    .put("description", "The API's status '" + row.status() + "'.")));
            observation.add(sources.of(row.sourceId(), k -> source(row)));
            if (row.footnote() == null) {
                observation.addNull();
            } else {
                observation.add(footnotes.of(row.footnote(), k -> Json.object().put("value", row.footnote())));
            }
        }
        ObjectNode message = Json.object();
        message.set("meta", SdmxMessages.meta(Sdmx.DATA_SCHEMA, "observations", dataVersion, changedAt, language, self));
        ObjectNode data = message.putObject("data");
        ObjectNode structure = data.putArray("structures").addObject();
        structure.putArray("links")
                .add(Json.link("dataflow", Sdmx.dataflowUrn(), base + Sdmx.structurePath("dataflow", Sdmx.DATAFLOW)))
                .add(Json.link("datastructure", Sdmx.dataStructureUrn(), base + Sdmx.structurePath("datastructure", Sdmx.DSD)));
        Json.named(structure, language, "Creative economy of Kazakhstan: observations", "Креативная экономика Казахстана: наблюдения",
                "Қазақстанның креативті экономикасы: бақылаулар");
        ObjectNode dimensions = structure.putObject("dimensions");
        dimensions.putArray("dataSet");
        dimensions.putArray("series");
        ArrayNode observationDimensions = dimensions.putArray("observation");
        dimension(observationDimensions, "INDICATOR", 0, null, indicators, language);
        dimension(observationDimensions, "REF_AREA", 1, "REF_AREA", regions, language);
        dimension(observationDimensions, "BREAKDOWN", 2, null, breakdowns, language);
        dimension(observationDimensions, "TIME_PERIOD", 3, "TIME_PERIOD", periods, language);
        SdmxStructures.componentNames(structure.putObject("measures").putArray("observation").addObject().put("id", "OBS_VALUE"), "OBS_VALUE", language);
        ObjectNode attributes = structure.putObject("attributes");
        attributes.putArray("dataSet");
        attributes.putArray("series");
        ArrayNode observationAttributes = attributes.putArray("observation");
        attribute(observationAttributes, "UNIT_MEASURE", units, language);
        attribute(observationAttributes, "UNIT_MULT", multipliers, language);
        attribute(observationAttributes, "DECIMALS", decimals, language);
        attribute(observationAttributes, "OBS_STATUS", statuses, language);
        attribute(observationAttributes, "SOURCE", sources, language);
        attribute(observationAttributes, "OBS_COMMENT", footnotes, language);
        structure.putArray("dataSets").add(0);
        ObjectNode dataSet = data.putArray("dataSets").addObject().put("structure", 0).put("action", "Information");
        dataSet.putArray("links").add(Json.link("dataflow", Sdmx.dataflowUrn(), null));
        dataSet.set("observations", observations);
        return message;
    }

    private static ObjectNode breakdown(ObservationRow row, Language language) {
        ObjectNode node = Json.object().put("id", Sdmx.breakdownCode(row));
        if (row.breakdownDimension() == null) {
            return Json.named(node, language, "Total", "Всего", "Барлығы");
        }
        Json.named(node, language, row.memberNameEn(), row.memberNameRu(), row.memberNameKk());
        node.put("description", language.pick(row.dimensionNameEn(), row.dimensionNameRu(), row.dimensionNameKk()).text());
        return node.put("parent", row.breakdownDimension());
    }

    private static ObjectNode source(ObservationRow row) {
        ObjectNode node = Json.object().put("id", row.sourceId()).put("name", row.sourceTitle());
        StringBuilder citation = new StringBuilder(row.sourceLocator());
        for (String part : new String[] {row.sourcePublisher(), row.sourceUrl()}) {
            if (part != null) {
                citation.append("; ").append(part);
            }
        }
        return node.put("description", citation.toString());
    }

    private static void dimension(ArrayNode into, String id, int position, String role, Values values, Language language) {
        ObjectNode dimension = SdmxStructures.componentNames(into.addObject().put("id", id), id, language).put("keyPosition", position);
        if (role != null) {
            dimension.putArray("roles").add(role);
        }
        dimension.set("values", values.nodes);
    }

    private static void attribute(ArrayNode into, String id, Values values, Language language) {
        ObjectNode attribute = SdmxStructures.componentNames(into.addObject().put("id", id), id, language);
        attribute.putObject("relationship").putObject("observation");
        if (!values.nodes.isEmpty()) {
            attribute.set("values", values.nodes);
        }
    }
}

package kz.creativeeconomy.sdmx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.common.Language;

/**
 * The structural artefacts as SDMX-JSON 2.0 nodes: the dataflow of observations, its data structure definition, the
 * concept scheme its components take their identity from, and the codelists that enumerate its coded components.
 */
public final class SdmxStructures {

    /** A component of the data structure: its concept, the codelist that enumerates it (or its data type), and its names. */
    private record Component(String id, String codelist, String dataType, boolean mandatory, String en, String ru, String kk, String description) {
    }

    private static final List<Component> DIMENSIONS = List.of(
            new Component("INDICATOR", Sdmx.CL_INDICATOR, null, true, "Indicator", "Показатель", "Көрсеткіш",
                    "What is measured; the API's indicator code (/v1/indicators/{code})."),
            new Component("REF_AREA", Sdmx.CL_REGION, null, true, "Reference area", "Территория", "Аумақ",
                    "The region, by KATO code (KZ for the Republic, WLD for the world)."),
            new Component("BREAKDOWN", Sdmx.CL_BREAKDOWN, null, true, "Breakdown", "Разбивка", "Бөліну",
                    "dimension-member of the API's breakdown (organisation_type-museums), or _T for a value without one."));
    private static final Component TIME = new Component("TIME_PERIOD", null, "ObservationalTimePeriod", true, "Time period", "Период", "Кезең",
            "The period: a year, semester, quarter, month or day, or a time range (start/duration) for a cumulative span.");
    private static final Component VALUE = new Component("OBS_VALUE", null, "Decimal", true, "Observation value", "Значение", "Мән",
            "The value exactly as published, in UNIT_MEASURE x 10^UNIT_MULT.");
    private static final List<Component> ATTRIBUTES = List.of(
            new Component("UNIT_MEASURE", Sdmx.CL_UNIT, null, true, "Unit of measure", "Единица измерения", "Өлшем бірлігі", null),
            new Component("UNIT_MULT", null, "Integer", true, "Unit multiplier", "Множитель единицы", "Бірлік көбейткіші",
                    "Power of ten of the unit: 6 = millions, 3 = thousands."),
            new Component("DECIMALS", null, "Integer", true, "Decimals", "Знаков после запятой", "Ондық белгілер",
                    "Decimals the source publishes for the indicator."),
            new Component("OBS_STATUS", Sdmx.CL_OBS_STATUS, null, true, "Observation status", "Статус значения", "Мән мәртебесі", null),
            new Component("SOURCE", Sdmx.CL_SOURCE, null, true, "Source", "Источник", "Дереккөз",
                    "The source of the value: /v1/sources/{id} has the full citation."),
            new Component("OBS_COMMENT", null, "String", false, "Footnote", "Примечание", "Ескертпе",
                    "How to read the value: unit corrections, printed wording, doubts."));

    private SdmxStructures() {
    }

    /** The ids of the components in the order of SDMX-CSV's columns: dimensions, time, measure, attributes. */
    public static List<String> componentIds() {
        List<String> ids = new java.util.ArrayList<>();
        DIMENSIONS.forEach(d -> ids.add(d.id()));
        ids.add(TIME.id());
        ids.add(VALUE.id());
        ATTRIBUTES.forEach(a -> ids.add(a.id()));
        return ids;
    }

    static Component component(String id) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.concat(DIMENSIONS.stream(), ATTRIBUTES.stream()), java.util.stream.Stream.of(TIME, VALUE))
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** The name of a component in a language, for the data message. */
    static ObjectNode componentNames(ObjectNode node, String id, Language language) {
        Component component = component(id);
        return Json.named(node, language, component.en(), component.ru(), component.kk());
    }

    public static ObjectNode dataflow(Language language, String base) {
        ObjectNode flow = maintainable(Sdmx.DATAFLOW, language, "Creative economy of Kazakhstan: observations",
                "Креативная экономика Казахстана: наблюдения", "Қазақстанның креативті экономикасы: бақылаулар", Sdmx.dataflowUrn(), base + Sdmx.structurePath("dataflow", Sdmx.DATAFLOW));
        flow.put("description", "Every published value of the API, with its unit, period, status and source.");
        flow.put("structure", Sdmx.dataStructureUrn());
        return flow;
    }

    public static ObjectNode dataStructure(Language language, String base) {
        ObjectNode dsd = maintainable(Sdmx.DSD, language, "Observations: indicator x region x breakdown x period",
                "Наблюдения: показатель x территория x разбивка x период", "Бақылаулар: көрсеткіш x аумақ x бөліну x кезең", Sdmx.dataStructureUrn(), base + Sdmx.structurePath("datastructure", Sdmx.DSD));
        ObjectNode components = dsd.putObject("dataStructureComponents");
        ObjectNode dimensionList = components.putObject("dimensionList").put("id", "DimensionDescriptor");
        ArrayNode dimensions = dimensionList.putArray("dimensions");
        for (int position = 0; position < DIMENSIONS.size(); position++) {
            Component dimension = DIMENSIONS.get(position);
            dimensions.addObject().put("id", dimension.id()).put("position", position).put("conceptIdentity", Sdmx.conceptUrn(dimension.id()))
                    .putObject("localRepresentation").put("enumeration", Sdmx.codelistUrn(dimension.codelist()));
        }
        dimensionList.putObject("timeDimension").put("id", TIME.id()).put("conceptIdentity", Sdmx.conceptUrn(TIME.id()))
                .putObject("localRepresentation").putObject("format").put("dataType", TIME.dataType());
        ArrayNode attributes = components.putObject("attributeList").put("id", "AttributeDescriptor").putArray("attributes");
        for (Component attribute : ATTRIBUTES) {
            ObjectNode node = attributes.addObject().put("id", attribute.id()).put("usage", attribute.mandatory() ? "mandatory" : "optional");
            node.putObject("attributeRelationship").putObject("observation");
            node.put("conceptIdentity", Sdmx.conceptUrn(attribute.id()));
            representation(node.putObject("localRepresentation"), attribute);
        }
        ObjectNode measure = components.putObject("measureList").put("id", "MeasureDescriptor").putArray("measures").addObject()
                .put("id", VALUE.id()).put("isMandatory", true).put("usage", "mandatory").put("conceptIdentity", Sdmx.conceptUrn(VALUE.id()));
        representation(measure.putObject("localRepresentation"), VALUE);
        return dsd;
    }

    public static ObjectNode conceptScheme(Language language, String base) {
        ObjectNode scheme = maintainable(Sdmx.CONCEPTS, language, "Concepts of the creative economy observations",
                "Понятия наблюдений креативной экономики", "Креативті экономика бақылауларының ұғымдары", Sdmx.conceptSchemeUrn(),
                base + Sdmx.structurePath("conceptscheme", Sdmx.CONCEPTS));
        ArrayNode concepts = scheme.putArray("concepts");
        for (String id : componentIds()) {
            Component component = component(id);
            ObjectNode concept = Json.named(concepts.addObject().put("id", id), language, component.en(), component.ru(), component.kk());
            if (component.description() != null) {
                concept.put("description", component.description());
            }
        }
        return scheme;
    }

    /** The codelists, in the order of the components that use them. */
    public static Map<String, ObjectNode> codelists(SdmxCodes.All codes, Language language) {
        Map<String, ObjectNode> lists = new java.util.LinkedHashMap<>();
        lists.put(Sdmx.CL_INDICATOR, codelist(Sdmx.CL_INDICATOR, "Indicators", "Показатели", "Көрсеткіштер", codes.indicators(), language));
        lists.put(Sdmx.CL_REGION, codelist(Sdmx.CL_REGION, "Regions (KATO)", "Регионы (КАТО)", "Өңірлер (ӘАОЖ)", codes.regions(), language));
        lists.put(Sdmx.CL_BREAKDOWN, codelist(Sdmx.CL_BREAKDOWN, "Breakdowns", "Разбивки", "Бөліністер", codes.breakdowns(), language));
        List<SdmxCodes.Code> statuses = Sdmx.OBS_STATUS.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new SdmxCodes.Code(e.getValue(), Sdmx.OBS_STATUS_NAMES.get(e.getValue()), null, null, "The API's status '" + e.getKey() + "'.", null))
                .toList();
        lists.put(Sdmx.CL_OBS_STATUS, codelist(Sdmx.CL_OBS_STATUS, "Observation status", "Статус значения", "Мән мәртебесі", statuses, language));
        lists.put(Sdmx.CL_UNIT, codelist(Sdmx.CL_UNIT, "Units of measure", "Единицы измерения", "Өлшем бірліктері", codes.units(), language));
        lists.put(Sdmx.CL_SOURCE, codelist(Sdmx.CL_SOURCE, "Sources", "Источники", "Дереккөздер", codes.sources(), language));
        return lists;
    }

    private static ObjectNode codelist(String id, String en, String ru, String kk, List<SdmxCodes.Code> codes, Language language) {
        // Codelists are served together (/v1/sdmx/structure/codelist), so each names itself by its URN only.
        ObjectNode list = maintainable(id, language, en, ru, kk, Sdmx.codelistUrn(id), null);
        ArrayNode items = list.putArray("codes");
        for (SdmxCodes.Code code : codes) {
            ObjectNode item = Json.named(items.addObject().put("id", code.id()), language, code.nameEn(), code.nameRu(), code.nameKk());
            if (code.description() != null) {
                item.put("description", code.description());
            }
            if (code.parent() != null) {
                item.put("parent", code.parent());
            }
        }
        return list;
    }

    private static void representation(ObjectNode representation, Component component) {
        if (component.codelist() != null) {
            representation.put("enumeration", Sdmx.codelistUrn(component.codelist()));
        } else {
            representation.putObject("format").put("dataType", component.dataType());
        }
    }

    private static ObjectNode maintainable(String id, Language language, String en, String ru, String kk, String urn, String href) {
        ObjectNode node = Json.object().put("id", id).put("agencyID", Sdmx.AGENCY).put("version", Sdmx.VERSION);
        Json.named(node, language, en, ru, kk);
        node.putArray("links").add(Json.link("self", urn, href));
        return node;
    }
}

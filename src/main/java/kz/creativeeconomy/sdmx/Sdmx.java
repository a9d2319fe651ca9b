package kz.creativeeconomy.sdmx;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.regex.Pattern;
import kz.creativeeconomy.observation.ObservationRow;

/**
 * The SDMX identity of this API's data: one agency, one dataflow of observations, its data structure definition
 * (dimensions INDICATOR, REF_AREA, BREAKDOWN, TIME_PERIOD; measure OBS_VALUE; attributes UNIT_MEASURE, UNIT_MULT,
 * DECIMALS, OBS_STATUS, SOURCE, OBS_COMMENT), its concept scheme and its codelists, and how an observation's codes map
 * onto them. Every artefact has version 1.0.0: the codes follow the data (the data version is in every message's meta),
 * the structure itself does not change.
 */
public final class Sdmx {

    public static final String AGENCY = "CREATIVE_ECONOMY_KZ";
    public static final String VERSION = "1.0.0";
    public static final String DATAFLOW = "DF_OBSERVATIONS";
    public static final String DSD = "DSD_OBSERVATIONS";
    public static final String CONCEPTS = "CS_OBSERVATIONS";

    public static final String CL_INDICATOR = "CL_INDICATOR";
    public static final String CL_REGION = "CL_REGION";
    public static final String CL_BREAKDOWN = "CL_BREAKDOWN";
    public static final String CL_OBS_STATUS = "CL_OBS_STATUS";
    public static final String CL_UNIT = "CL_UNIT";
    public static final String CL_SOURCE = "CL_SOURCE";

    /** The SDMX-JSON 2.0.0 schemas a message names in meta.schema. */
    public static final String DATA_SCHEMA = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json";
    public static final String STRUCTURE_SCHEMA = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json";

    /** The code of a value without a breakdown (SDMX's conventional code for a total). */
    public static final String TOTAL = "_T";

    /**
     * Our statuses as SDMX OBS_STATUS codes (SDMX code list CL_OBS_STATUS): every one of ours has an SDMX code of the
     * same meaning, so none is left out or merged.
     */
    public static final Map<String, String> OBS_STATUS = Map.of("final", "A", "provisional", "P", "estimated", "E", "break", "B");
    /** The SDMX names of those codes. */
    public static final Map<String, String> OBS_STATUS_NAMES = Map.of("A", "Normal value", "P", "Provisional value",
            "E", "Estimated value", "B", "Time series break");

    /** Period codes that already are SDMX time periods: a year, a semester or quarter, a month, a day. */
    private static final Pattern SDMX_PERIOD = Pattern.compile("\\d{4}|\\d{4}-[SQ]\\d|\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2}");

    private Sdmx() {
    }

    /** The short URN of a maintainable artefact, as SDMX-CSV's STRUCTURE_ID and every reference give it. */
    public static String reference(String id) {
        return AGENCY + ":" + id + "(" + VERSION + ")";
    }

    public static String dataflowUrn() {
        return "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + reference(DATAFLOW);
    }

    public static String dataStructureUrn() {
        return "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + reference(DSD);
    }

    public static String conceptSchemeUrn() {
        return "urn:sdmx:org.sdmx.infomodel.conceptscheme.ConceptScheme=" + reference(CONCEPTS);
    }

    public static String conceptUrn(String concept) {
        return "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=" + reference(CONCEPTS) + "." + concept;
    }

    public static String codelistUrn(String codelist) {
        return "urn:sdmx:org.sdmx.infomodel.codelist.Codelist=" + reference(codelist);
    }

    /** The path of an artefact under the structure endpoint, SDMX REST style: /{type}/{agency}/{id}/{version}. */
    public static String structurePath(String type, String id) {
        return "/v1/sdmx/structure/" + type + "/" + AGENCY + "/" + id + "/" + VERSION;
    }

    /** A breakdown as one code: dimension and member joined by '-' (a dimension code never has one), or _T for a total. */
    public static String breakdownCode(String dimension, String member) {
        return dimension == null ? TOTAL : dimension + "-" + member;
    }

    public static String breakdownCode(ObservationRow row) {
        return breakdownCode(row.breakdownDimension(), row.breakdownMember());
    }

    public static String obsStatus(String status) {
        String code = OBS_STATUS.get(status);
        if (code == null) {
            throw new IllegalStateException("No SDMX OBS_STATUS for status '" + status + "'");
        }
        return code;
    }

    /**
     * The SDMX TIME_PERIOD of a period: its own code where that already is one (2023, 2024-S1, 2024-Q4, 2025-01,
     * 2025-01-01), otherwise an SDMX time range, start date and ISO 8601 duration: 2024-01/2024-09 is 2024-01-01/P9M.
     */
    public static String timePeriod(String code, LocalDate start, LocalDate end) {
        if (SDMX_PERIOD.matcher(code).matches()) {
            return code;
        }
        return start + "/" + Period.between(start, end.plusDays(1));
    }

    public static String timePeriod(ObservationRow row) {
        return timePeriod(row.periodCode(), row.periodStart(), row.periodEnd());
    }
}

package kz.creativeeconomy.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.creativeeconomy.support.Api;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The SDMX structures: valid SDMX-JSON 2.0 structure messages, and enough to read the data messages: every component
 * of the data structure has its concept, every coded one its codelist, and every code a data message uses is in it.
 */
@QuarkusTest
class SdmxStructureTest {

    static final List<String> PATHS = List.of("/v1/sdmx/structure", "/v1/sdmx/structure/codelist",
            "/v1/sdmx/structure/conceptscheme/CREATIVE_ECONOMY_KZ/CS_OBSERVATIONS/1.0.0",
            "/v1/sdmx/structure/datastructure/CREATIVE_ECONOMY_KZ/DSD_OBSERVATIONS/1.0.0?references=all",
            "/v1/sdmx/structure/dataflow/CREATIVE_ECONOMY_KZ/DF_OBSERVATIONS/1.0.0",
            "/v1/sdmx/structure/dataflow/CREATIVE_ECONOMY_KZ/DF_OBSERVATIONS/1.0.0?references=descendants&lang=ru");

    static JsonNode get(String path) throws IOException {
        Response response = Api.given().get(path).then().statusCode(200).extract().response();
        assertTrue(response.contentType().startsWith("application/vnd.sdmx.structure+json"), response.contentType());
        return SdmxTest.JSON.readTree(response.asString());
    }

    @Test
    void everyStructureMessageIsValidSdmxJson20() throws IOException {
        for (String path : PATHS) {
            assertEquals(List.of(), SdmxSchemas.problems(SdmxSchemas.STRUCTURE, get(path)), path);
        }
    }

    @Test
    void referencesSelectTheStructuresAnArtefactNamesOrIsNamedBy() throws IOException {
        assertEquals(Set.of("dataflows"), kinds(get("/v1/sdmx/structure/dataflow/CREATIVE_ECONOMY_KZ/DF_OBSERVATIONS/1.0.0")));
        assertEquals(Set.of("dataflows", "dataStructures"),
                kinds(get("/v1/sdmx/structure/dataflow/CREATIVE_ECONOMY_KZ/DF_OBSERVATIONS/1.0.0?references=children")));
        assertEquals(Set.of("dataflows", "dataStructures", "conceptSchemes", "codelists"),
                kinds(get("/v1/sdmx/structure/dataflow/CREATIVE_ECONOMY_KZ/DF_OBSERVATIONS/1.0.0?references=descendants")));
        assertEquals(Set.of("dataflows", "dataStructures"),
                kinds(get("/v1/sdmx/structure/datastructure/CREATIVE_ECONOMY_KZ/DSD_OBSERVATIONS/1.0.0?references=parents")));
        assertEquals(Set.of("codelists"), kinds(get("/v1/sdmx/structure/codelist")));
    }

    private static Set<String> kinds(JsonNode message) {
        Set<String> kinds = new HashSet<>();
        message.get("data").fieldNames().forEachRemaining(kinds::add);
        return kinds;
    }

    @Test
    void theDataStructureResolvesEveryCodeOfEveryObservationInTheDataMessages() throws IOException {
        JsonNode all = get("/v1/sdmx/structure");
        JsonNode dsd = all.at("/data/dataStructures/0");
        assertEquals("urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=CREATIVE_ECONOMY_KZ:DSD_OBSERVATIONS(1.0.0)",
                all.at("/data/dataflows/0/structure").asText());
        Map<String, String> conceptOf = new HashMap<>();
        Map<String, String> codelistOf = new HashMap<>();
        for (String list : List.of("/dataStructureComponents/dimensionList/dimensions", "/dataStructureComponents/attributeList/attributes",
                "/dataStructureComponents/measureList/measures")) {
            for (JsonNode component : dsd.at(list)) {
                conceptOf.put(component.get("id").asText(), component.get("conceptIdentity").asText());
                JsonNode enumeration = component.at("/localRepresentation/enumeration");
                if (!enumeration.isMissingNode()) {
                    codelistOf.put(component.get("id").asText(), enumeration.asText());
                }
            }
        }
        conceptOf.put("TIME_PERIOD", dsd.at("/dataStructureComponents/dimensionList/timeDimension/conceptIdentity").asText());
        Set<String> concepts = new HashSet<>();
        for (JsonNode concept : all.at("/data/conceptSchemes/0/concepts")) {
            concepts.add("urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=CREATIVE_ECONOMY_KZ:CS_OBSERVATIONS(1.0.0)." + concept.get("id").asText());
        }
        assertTrue(concepts.containsAll(conceptOf.values()), "every component's concept is in the concept scheme");
        Map<String, Set<String>> codes = new HashMap<>();
        for (JsonNode codelist : all.at("/data/codelists")) {
            Set<String> ids = new HashSet<>();
            codelist.get("codes").forEach(code -> ids.add(code.get("id").asText()));
            codes.put("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=CREATIVE_ECONOMY_KZ:" + codelist.get("id").asText() + "(1.0.0)", ids);
        }
        assertEquals(Set.of("INDICATOR", "REF_AREA", "BREAKDOWN", "UNIT_MEASURE", "OBS_STATUS", "SOURCE"), codelistOf.keySet());
        String csv = Api.given().get("/v1/observations/sdmx-csv?limit=all").then().statusCode(200).extract().asString();
        List<CSVRecord> rows = SdmxTest.records(csv);
        assertTrue(rows.size() > 100);
        for (CSVRecord row : rows) {
            codelistOf.forEach((component, codelist) -> assertTrue(codes.get(codelist).contains(row.get(component)),
                    component + " '" + row.get(component) + "' is not in " + codelist));
        }
        // OBS_STATUS uses the SDMX codes of the API's statuses, and only those.
        assertEquals(Set.of("A", "P", "E", "B"), codes.get("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=CREATIVE_ECONOMY_KZ:CL_OBS_STATUS(1.0.0)"));
    }

    @Test
    void namesComeInTheRequestedLanguageAndNamesOnlyInTheLanguagesThatHaveThem() throws IOException {
        JsonNode codelists = get("/v1/sdmx/structure/codelist?lang=ru").at("/data/codelists");
        JsonNode regions = null;
        for (JsonNode codelist : codelists) {
            if (codelist.get("id").asText().equals("CL_REGION")) {
                regions = codelist;
            }
        }
        JsonNode ekr = null;
        for (JsonNode code : regions.get("codes")) {
            if (code.get("id").asText().equals("630000000")) {
                ekr = code;
            }
        }
        assertEquals(ekr.at("/names/ru").asText(), ekr.get("name").asText());
        assertEquals("East Kazakhstan Region", ekr.at("/names/en").asText());
        for (JsonNode codelist : codelists) {
            for (JsonNode code : codelist.get("codes")) {
                code.get("names").fields().forEachRemaining(name -> assertTrue(!name.getValue().asText().isBlank(), code.toString()));
            }
        }
    }
}

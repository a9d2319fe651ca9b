package kz.creativeeconomy.editing;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/** An import whose bytes are not UTF-8 is refused as a whole, naming the line, instead of storing U+FFFD for the bad bytes. */
@QuarkusTest
class ImportEncodingTest {

    private static final String HEADER = "indicator_code,region_code,period_code,breakdown_dimension,breakdown_member,value,status,footnote,source_id\n";

    @Inject
    Keys keys;

    private static byte[] bytes(String before, byte[] bad, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String observationsOf(String period) {
        return Api.given().queryParam("region", "ust-kamenogorsk").queryParam("period", period).get("/v1/observations")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void aCsvImportWithALatin1ByteIsRefusedWith422NamingTheLineAndNothingIsStored() {
        String before = observationsOf("2061-01");
        // "Öskemen" saved as Latin-1: 0xD6 followed by a letter is not UTF-8.
        byte[] csv = bytes(HEADER + "creative-gva,631010000,2061-01,,,1.5,provisional,,authors-text\n"
                        + "creative-gva,631010000,2061-02,,,2.5,provisional,",
                new byte[]{(byte) 0xD6}, "skemen,authors-text\ncreative-gva,631010000,2061-03,,,3.5,provisional,,authors-text\n");
        assertProblem(Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("text/csv; charset=UTF-8")
                .queryParam("reason", "encoding test").body(csv).post("/v1/imports").then(), 422)
                .body("detail", containsString("Line 3 "))
                .body("detail", containsString("Nothing was stored"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].reason", containsString("line 3"));
        assertEquals(before, observationsOf("2061-01"), "the valid row before the bad line was not stored either");
    }

    @Test
    void aJsonImportWithATruncatedCharacterIsRefusedWith422NamingTheLine() {
        byte[] json = bytes("[\n{\"indicator\": \"creative-gva\", \"region\": \"631010000\", \"period\": \"2062-01\", \"value\": \"1.5\",\n"
                        + " \"status\": \"provisional\", \"source\": \"authors-text\", \"footnote\": \"",
                new byte[]{(byte) 0xE2, (byte) 0x82}, "\"}\n]\n");
        assertProblem(Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json")
                .queryParam("reason", "encoding test").body(json).post("/v1/imports").then(), 422)
                .body("detail", containsString("Line 3 "));
        Api.given().queryParam("period", "2062-01").get("/v1/observations").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aFileEndingInTheMiddleOfACharacterIsRefused() {
        byte[] csv = bytes(HEADER + "creative-gva,631010000,2063-01,,,1.5,provisional,note ", new byte[]{(byte) 0xD0}, "");
        assertProblem(Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("text/csv; charset=UTF-8")
                .queryParam("reason", "encoding test").body(csv).post("/v1/imports").then(), 422)
                .body("detail", containsString("Line 2 "));
    }
}

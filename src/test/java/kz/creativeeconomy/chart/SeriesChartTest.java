package kz.creativeeconomy.chart;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** GET /v1/indicators/{code}/series as SVG and PNG, read back with an XML parser and ImageIO, against the JSON series. */
@QuarkusTest
class SeriesChartTest {

    private static final String SERIES = "/v1/indicators/creative-gva/series";

    @Test
    void svgHasOnePointPerPeriodWithTheJsonValuesStatusesAndRegion() throws Exception {
        for (String region : List.of("east-kazakhstan", "kazakhstan")) {
            JsonPath json = Api.given().queryParam("region", region).get(SERIES).then().statusCode(200).extract().jsonPath();
            String svg = Api.given().queryParam("region", region).queryParam("format", "svg").get(SERIES).then().statusCode(200)
                    .contentType(startsWith("image/svg+xml")).extract().asString();
            List<Element> points = points(parse(svg));
            List<String> periods = json.getList("items.period.code");
            assertEquals(periods.size(), points.size(), region);
            for (int n = 0; n < periods.size(); n++) {
                Element point = points.get(n);
                assertEquals(periods.get(n), point.getAttribute("data-period"));
                assertEquals(0, new BigDecimal(json.getString("items[" + n + "].value")).compareTo(new BigDecimal(point.getAttribute("data-value"))));
                assertEquals(json.getString("items[" + n + "].status"), point.getAttribute("data-status"));
                assertEquals(region, point.getAttribute("data-region"));
            }
        }
    }

    @Test
    void svgSpeaksTheReadersLanguageWithTitleDescriptionUnitAndSource() throws Exception {
        String ru = Api.given().queryParam("region", "east-kazakhstan").queryParam("format", "svg").header("Accept-Language", "ru")
                .get(SERIES).then().statusCode(200).header("Content-Language", "ru").extract().asString();
        Document document = parse(ru);
        Element root = document.getDocumentElement();
        assertEquals("ru", root.getAttribute("lang"));
        assertEquals("img", root.getAttribute("role"));
        String title = document.getElementsByTagName("title").item(0).getTextContent();
        String description = document.getElementsByTagName("desc").item(0).getTextContent();
        String name = Api.given().queryParam("lang", "ru").get("/v1/indicators/creative-gva").then().extract().path("indicator.name");
        assertEquals(name, title);
        // The 2023 value 25049.9 written for a Russian reader, in the unit label the API serves in Russian.
        assertTrue(description.contains("25\u00A0049,9"), description);
        assertTrue(ru.contains("млн тенге"), "unit label in Russian");
        assertTrue(ru.contains("Источник: Bureau of National Statistics"), "source line");
        String kk = Api.given().queryParam("region", "east-kazakhstan").queryParam("format", "svg").queryParam("lang", "kk")
                .get(SERIES).then().statusCode(200).extract().asString();
        assertTrue(kk.contains("Дереккөз:") && kk.contains("lang=\"kk\""), "Kazakh labels");
        String en = Api.given().queryParam("region", "east-kazakhstan").queryParam("format", "svg").get(SERIES).then().extract().asString();
        assertTrue(parse(en).getElementsByTagName("desc").item(0).getTextContent().contains("25,049.9 in 2023"));
    }

    @Test
    void svgComparesSeveralRegionsAndIsNegotiatedByAccept() throws Exception {
        String svg = Api.given().queryParam("region", "astana,almaty").accept("image/svg+xml").get(SERIES).then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).header("Vary", containsString("Accept")).extract().asString();
        List<Element> points = points(parse(svg));
        assertEquals(List.of("astana", "almaty"), points.stream().map(p -> p.getAttribute("data-region")).distinct().toList());
    }

    @Test
    void pngIsAnImageOfTheAskedWidth() throws Exception {
        byte[] png = Api.given().queryParam("region", "east-kazakhstan").queryParam("format", "png").queryParam("width", "600")
                .get(SERIES).then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(600, image.getWidth());
        assertTrue(image.getHeight() > 200, "height follows the SVG's aspect");
        byte[] social = Api.given().queryParam("region", "east-kazakhstan").queryParam("format", "png").get(SERIES)
                .then().statusCode(200).extract().asByteArray();
        assertEquals(1200, ImageIO.read(new ByteArrayInputStream(social)).getWidth(), "the Open Graph width by default");
    }

    @Test
    void jsonStillRefusesSeveralRegions() {
        assertProblem(Api.given().queryParam("region", "astana,almaty").get(SERIES).then(), 400)
                .body("invalid_params[0].name", equalTo("region"));
    }

    @Test
    void badChartParametersAreProblemsNamingTheParameter() {
        assertProblem(Api.given().queryParam("region", "east-kazakhstan").queryParam("format", "png").queryParam("width", "99999")
                .get(SERIES).then(), 400).body("invalid_params[0].name", equalTo("width"));
        assertProblem(Api.given().queryParam("region", "east-kazakhstan").queryParam("width", "600").get(SERIES).then(), 400)
                .body("invalid_params[0].name", equalTo("width"));
        assertProblem(Api.given().queryParam("region", "kazakhstan,astana,almaty,east-kazakhstan,abai,ulytau,zhetisu").queryParam("format", "svg")
                .get(SERIES).then(), 400).body("invalid_params[0].name", equalTo("region"));
        assertProblem(Api.given().queryParam("region", "astana,astana").queryParam("format", "svg").get(SERIES).then(), 400)
                .body("invalid_params[0].name", equalTo("region"));
        assertProblem(Api.given().queryParam("region", "atlantis").queryParam("format", "svg").get(SERIES).then(), 400)
                .body("invalid_params[0].name", equalTo("region"));
        assertProblem(Api.given().queryParam("region", "east-kazakhstan").queryParam("format", "svg").queryParam("base", "2019")
                .get(SERIES).then(), 400).body("invalid_params[0].name", equalTo("base"));
        assertProblem(Api.raw().accept("image/svg+xml").queryParam("region", "east-kazakhstan").queryParam("from", "never")
                .get(SERIES).then(), 400).body("invalid_params[0].name", equalTo("from"));
    }

    @Test
    void chartFormatsElsewhereAre406NamingTheSeriesEndpoint() {
        assertProblem(Api.given().queryParam("format", "svg").get("/v1/regions").then(), 406)
                .body("detail", containsString("/v1/indicators/{code}/series"));
        assertProblem(Api.given().queryParam("format", "png").get("/v1/observations").then(), 406)
                .body("detail", containsString("/v1/indicators/{code}/series"));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> points(Document document) {
        List<Element> points = new java.util.ArrayList<>();
        for (String tag : List.of("circle", "path")) {
            NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
            for (int n = 0; n < nodes.getLength(); n++) {
                Element element = (Element) nodes.item(n);
                if (element.hasAttribute("data-period")) {
                    points.add(element);
                }
            }
        }
        // Document order is drawing order, region by region; circles and paths were collected apart, so put them back.
        points.sort(java.util.Comparator.comparingInt(e -> documentIndex(document, e)));
        return points;
    }

    private static int documentIndex(Document document, Element element) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int n = 0; n < all.getLength(); n++) {
            if (all.item(n) == element) {
                return n;
            }
        }
        return -1;
    }
}

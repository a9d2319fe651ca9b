package kz.creativeeconomy.http;

import kz.creativeeconomy.http.caching.ResponseCache;
import kz.creativeeconomy.http.caching.DataVersion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CachingAndCorsTest {

    @Inject
    EntityManager entityManager;
    @Inject
    DataVersion dataVersion;

    @Test
    void everyGetCarriesStrongValidatorsAndCacheControl() {
        Api.given().get("/v1/observations?indicator=creative-gva").then().statusCode(200)
                .header("ETag", matchesPattern("^\"[0-9]+-[0-9a-f]{24}\"$"))
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Cache-Control", containsString("max-age="))
                .header("Cache-Control", containsString("stale-while-revalidate="))
                .header("Vary", containsString("Accept"));
    }

    @Test
    void ifNoneMatchAndIfModifiedSinceAnswer304() {
        Response first = Api.given().get("/v1/regions");
        String etag = first.header("ETag");
        Api.raw().header("If-None-Match", etag).get("/v1/regions").then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyOrNullString());
        Api.raw().header("If-None-Match", "W/" + etag + ", \"other\"").get("/v1/regions").then().statusCode(304);
        Api.raw().header("If-None-Match", "\"something-else\"").get("/v1/regions").then().statusCode(200);
        Api.raw().header("If-Modified-Since", first.header("Last-Modified")).get("/v1/regions").then().statusCode(304);
        Api.raw().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").get("/v1/regions").then().statusCode(200);
    }

    @Test
    void etagDependsOnRepresentation() {
        String json = Api.given().get("/v1/regions").header("ETag");
        assertEquals(json, Api.given().get("/v1/regions").header("ETag"), "same request, same data: same ETag");
        assertNotEquals(json, Api.given().queryParam("lang", "ru").get("/v1/regions").header("ETag"));
        assertNotEquals(json, Api.given().accept("text/csv").get("/v1/regions").header("ETag"));
        assertNotEquals(json, Api.given().queryParam("level", "region").get("/v1/regions").header("ETag"));
    }

    @Test
    void etagAndLastModifiedChangeWhenTheDataChanges() throws InterruptedException {
        io.restassured.response.Response first = Api.given().get("/v1/sources");
        String before = first.header("ETag");
        Thread.sleep(1100); // Last-Modified has whole seconds: the change falls in a later one
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update source set note = coalesce(note, '') || '' where id = 'authors-text'").executeUpdate());
        dataVersion.invalidate();
        io.restassured.response.Response second = Api.given().get("/v1/sources");
        String after = second.header("ETag");
        assertNotEquals(before, after);
        Api.raw().header("If-None-Match", before).get("/v1/sources").then().statusCode(200);
        assertNotEquals(first.header("Last-Modified"), second.header("Last-Modified"));
        assertEquals(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.ofInstant(
                dataVersion.current().changedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), java.time.ZoneOffset.UTC)),
                second.header("Last-Modified"));
    }

    @Test
    void headWorksEverywhereWithTheSameHeaders() {
        for (String path : new String[]{"/v1/observations", "/v1/regions", "/v1/regions/abai", "/v1/indicators", "/v1/sources", "/v1/years"}) {
            String etag = Api.raw().get(path).header("ETag");
            Api.raw().head(path).then().statusCode(200).header("ETag", equalTo(etag)).body(emptyOrNullString());
        }
    }

    @Test
    void nextLinkIsInTheBodyAndTheLinkHeader() {
        Response page = Api.given().queryParam("limit", 5).get("/v1/observations");
        String next = page.path("next");
        assertEquals("<" + next + ">; rel=\"next\"", page.header("Link"));
    }

    /**
     * A next link is the request as sent (repeated and percent-encoded parameters kept, in order) with only the cursor
     * replaced, and walking the links gives the rows of one big page, in order.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "/v1/observations?indicator=creative-gva&indicator=gross-product&lang=ru&limit=5",
            "/v1/cultural-organisations?q=%45rtis&lang=ru&limit=1",
    })
    void nextLinksKeepTheRequestAsSentAndReplaceOnlyTheCursor(String first) {
        String path = first.substring(0, first.indexOf('?'));
        String filters = first.substring(first.indexOf('?') + 1).replaceAll("&limit=[0-9]+$", "");
        java.util.List<Object> whole = Api.raw().urlEncodingEnabled(false).get(path + "?" + filters + "&limit=1000").then().statusCode(200)
                .extract().path("items.id");
        java.util.List<Object> walked = new java.util.ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            io.restassured.path.json.JsonPath page = Api.raw().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id"));
            pages++;
            next = page.getString("next");
            if (next != null) {
                assertTrue(next.matches("https?://[^/]+" + java.util.regex.Pattern.quote(first) + "&cursor=[A-Za-z0-9_-]+"), next);
            }
        }
        assertTrue(pages > 1, "pages: " + pages);
        assertEquals(whole, walked);
    }

    @Test
    void corsAllowsAnyOriginToReadAndExposesValidators() {
        Api.raw().header("Origin", "https://charts.example.org").get("/v1/regions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", not(emptyOrNullString()))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Content-Language"));
    }

    @Test
    void corsPreflightAllowsGet() {
        Api.raw().header("Origin", "https://charts.example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .options("/v1/observations").then().statusCode(200)
                .header("Access-Control-Allow-Origin", not(emptyOrNullString()))
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Inject
    ResponseCache responseCache;

    @Test
    void aRepeatedRequestIsServedFromTheResponseCacheWithTheSameBytesAndHeaders() throws InterruptedException {
        String path = "/v1/observations?indicator=gross-product&region=almaty&limit=2&format=csv";
        Response first = Api.given().get(path);
        String etag = first.header("ETag");
        // A key asked for once is only remembered; its bytes are kept the second time it is asked for.
        Thread.sleep(200);
        org.junit.jupiter.api.Assertions.assertNull(responseCache.get(etag), "a response asked for once was kept");
        assertEquals(first.asString(), Api.given().get(path).asString());
        // The copy is stored as the response finishes writing; give it a moment.
        for (int n = 0; n < 100 && responseCache.get(etag) == null; n++) {
            Thread.sleep(20);
        }
        ResponseCache.Entry kept = responseCache.get(etag);
        org.junit.jupiter.api.Assertions.assertNotNull(kept, "the response was not kept");
        assertEquals(first.asString(), new String(kept.body(), java.nio.charset.StandardCharsets.UTF_8));
        Response second = Api.given().get(path);
        assertEquals(first.asString(), second.asString());
        for (String header : new String[]{"ETag", "Link", "Content-Disposition", "Content-Type", "Content-Language", "Cache-Control"}) {
            assertEquals(first.header(header), second.header(header), header);
        }
        // Proof that the second answer came from the cache and not from the database: a marked entry is what is served.
        responseCache.put(etag, new ResponseCache.Entry("marked".getBytes(java.nio.charset.StandardCharsets.UTF_8), kept.contentType(), kept.headers()));
        assertEquals("marked", Api.raw().get(path).asString());
        responseCache.put(etag, kept);
    }

    @Inject
    kz.creativeeconomy.support.RoutedRequests routed;

    @Test
    void revalidationsAndCacheHitsAreAnsweredBeforeTheRestLayerWithTheSameBytesAndHeaders() throws InterruptedException {
        String plain = "/v1/observations?indicator=creative-gva,gross-product&region=east-kazakhstan&limit=3";
        String encoded = "/v1/observations?indicator=creative-gva%2Cgross-product&region=east-kazakhstan&limit=3";
        String origin = "https://charts.example.org";
        Response first = Api.raw().urlEncodingEnabled(false).header("Origin", origin).get(plain);
        first.then().statusCode(200);
        String etag = first.header("ETag");
        Api.raw().urlEncodingEnabled(false).header("Origin", origin).get(plain).then().statusCode(200);
        for (int n = 0; n < 100 && responseCache.get(etag) == null; n++) {
            Thread.sleep(20);
        }
        org.junit.jupiter.api.Assertions.assertNotNull(responseCache.get(etag), "the response was not kept");
        assertEquals(2, routed.count(plain));

        // A cache hit: the same bytes and headers, and the REST layer never sees the request.
        Response hit = Api.raw().urlEncodingEnabled(false).header("Origin", origin).get(plain);
        assertEquals(200, hit.statusCode());
        assertEquals(first.asString(), hit.asString());
        for (String header : new String[]{"ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Language", "Content-Type", "Link",
                "Content-Length", "Access-Control-Allow-Origin", "Access-Control-Expose-Headers"}) {
            assertEquals(first.header(header), hit.header(header), header);
        }
        assertEquals(2, routed.count(plain), "a cache hit went through the REST layer");

        // A revalidation: answered here for the plain URL, by the REST layer for the percent-encoded one, alike.
        Response shortcut = Api.raw().urlEncodingEnabled(false).header("Origin", origin).header("If-None-Match", etag).get(plain);
        Response rest = Api.raw().urlEncodingEnabled(false).header("Origin", origin).header("If-None-Match", etag).get(encoded);
        assertEquals(304, shortcut.statusCode());
        assertEquals(304, rest.statusCode());
        assertEquals(2, routed.count(plain), "a revalidation went through the REST layer");
        assertEquals(1, routed.count(encoded));
        for (String header : new String[]{"ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Language", "Content-Type", "Link",
                "Access-Control-Allow-Origin", "Access-Control-Expose-Headers"}) {
            assertEquals(rest.header(header), shortcut.header(header), header);
        }
        assertEquals(etag, rest.header("ETag"));
        assertEquals("", shortcut.asString());

        // Another language is another representation: neither a hit nor a match.
        Api.raw().urlEncodingEnabled(false).header("If-None-Match", etag).header("Accept-Language", "ru").get(plain).then().statusCode(200)
                .header("Content-Language", "ru").header("ETag", not(equalTo(etag)));
        assertEquals(3, routed.count(plain));
    }

    @Test
    void aResponseWithAbsoluteLinksForOneHostNeverAnswersAnother() {
        String path = "/v1/observations?indicator=creative-gva&limit=1";
        Response spoofed = Api.raw().header("Host", "evil.example").get(path);
        Response honest = Api.raw().get(path);
        assertNotEquals(spoofed.header("ETag"), honest.header("ETag"));
        org.junit.jupiter.api.Assertions.assertTrue(spoofed.path("next").toString().startsWith("http://evil.example"));
        org.junit.jupiter.api.Assertions.assertFalse(honest.path("next").toString().contains("evil.example"), honest.asString());
    }

    @Test
    void corsResponsesVaryByOrigin() {
        Api.raw().header("Origin", "https://charts.example.org").get("/v1/regions").then().statusCode(200)
                .header("Vary", containsString("Origin"));
    }

    @Test
    void errorsAreNotCached() {
        Api.given().queryParam("limit", 0).get("/v1/observations").then().statusCode(400)
                .header("Cache-Control", equalTo("no-store"));
    }
}

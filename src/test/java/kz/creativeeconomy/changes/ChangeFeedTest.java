package kz.creativeeconomy.changes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/** GET /v1/changes: every revision in commit order, as JSON and Atom, so that a client can sync from its last position. */
@QuarkusTest
class ChangeFeedTest {

    private static final String ATOM = "application/atom+xml";

    @Inject
    Keys keys;
    @Inject
    DataSource dataSource;

    /** One entry as both representations show it: position, kind, id, operation and the item's URL. */
    record Entry(long position, String kind, String id, String operation, String url) {
    }

    /** Reads the JSON feed after a position, following next links; returns the entries and the position to keep. */
    private static Sync syncJson(long since, int limit) {
        List<Entry> entries = new ArrayList<>();
        String next = "/v1/changes?since=" + since + "&limit=" + limit;
        long last = since;
        while (next != null) {
            JsonPath page = Api.given().get(next).then().statusCode(200).contentType("application/json").extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                entries.add(new Entry(((Number) item.get("position")).longValue(), (String) item.get("kind"), (String) item.get("id"),
                        (String) item.get("operation"), (String) item.get("url")));
            }
            last = ((Number) page.get("last_position")).longValue();
            next = page.getString("next");
        }
        return new Sync(entries, last);
    }

    record Sync(List<Entry> entries, long lastPosition) {
    }

    /** Reads the Atom feed after a position with Rome, following rel="next"; entries as the JSON gives them. */
    private static List<Entry> syncAtom(long since, int limit) throws Exception {
        List<Entry> entries = new ArrayList<>();
        String next = "/v1/changes?since=" + since + "&limit=" + limit;
        while (next != null) {
            String body = Api.given().header("Accept", ATOM).get(next).then().statusCode(200)
                    .contentType(startsWith(ATOM)).extract().asString();
            SyndFeed feed = new SyndFeedInput().build(new StringReader(body));
            assertEquals("atom_1.0", feed.getFeedType());
            for (SyndEntry entry : feed.getEntries()) {
                String id = entry.getUri();
                assertTrue(id.startsWith("urn:creative-economy:change:"), id);
                String kind = category(entry, "urn:creative-economy:change:kind");
                String operation = category(entry, "urn:creative-economy:change:operation");
                String url = entry.getLinks().stream().filter(l -> "alternate".equals(l.getRel())).map(SyndLink::getHref).findFirst().orElseThrow();
                entries.add(new Entry(Long.parseLong(id.substring("urn:creative-economy:change:".length())), kind,
                        url.substring(url.lastIndexOf('/') + 1), operation, url));
                assertTrue(entry.getUpdatedDate() != null, "every entry has its time");
            }
            next = feed.getLinks().stream().filter(l -> "next".equals(l.getRel())).map(SyndLink::getHref).findFirst().orElse(null);
        }
        return entries;
    }

    private static String category(SyndEntry entry, String scheme) {
        return entry.getCategories().stream().filter(c -> scheme.equals(c.getTaxonomyUri())).map(SyndCategory::getName).findFirst().orElseThrow();
    }

    private long newestPosition() {
        return syncJson(0, 1000).lastPosition();
    }

    @Test
    void theSeedsOwnRevisionsAreTheFirstEntries() {
        // The seed's entries are one transaction: those of the first entry's data version.
        JsonPath page = Api.given().queryParam("limit", 1000).get("/v1/changes").then().statusCode(200).extract().jsonPath();
        List<Entry> first = new ArrayList<>();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            if (item.get("data_version").equals(page.getList("items.data_version").get(0))) {
                first.add(new Entry(((Number) item.get("position")).longValue(), (String) item.get("kind"), (String) item.get("id"),
                        (String) item.get("operation"), (String) item.get("url")));
            }
        }
        assertEquals(first.size(), first.get(first.size() - 1).position(), "the seed's entries come before any other");
        assertTrue(first.size() > 115, "the seed's catalogue and its 115 observations");
        assertEquals(1, first.get(0).position());
        assertEquals(new Entry(1, "source", first.get(0).id(), "insert", first.get(0).url()), first.get(0));
        assertTrue(first.stream().allMatch(e -> e.operation().equals("insert")), "the seed only inserts");
        // Every catalogue kind and the observations of the seed, each linking to its resource.
        for (String kind : List.of("source", "region", "indicator", "cultural_organisation", "event", "initiative", "challenge", "observation")) {
            assertTrue(first.stream().anyMatch(e -> e.kind().equals(kind)), kind);
        }
        assertTrue(first.contains(new Entry(first.stream().filter(e -> e.kind().equals("region") && e.id().equals("east-kazakhstan"))
                .findFirst().orElseThrow().position(), "region", "east-kazakhstan", "insert", base() + "v1/regions/east-kazakhstan")));
        Entry observation = first.stream().filter(e -> e.kind().equals("observation") && e.id().equals("1")).findFirst().orElseThrow();
        assertEquals(base() + "v1/observations/1", observation.url());
        Api.given().get(observation.url()).then().statusCode(200).body("id", equalTo(1));
        // Catalogue entries before the observations that refer to them, as the seed loaded them.
        long lastCatalogue = first.stream().filter(e -> !e.kind().equals("observation")).mapToLong(Entry::position).max().orElseThrow();
        assertTrue(first.stream().filter(e -> e.kind().equals("observation")).allMatch(e -> e.position() > lastCatalogue));
    }

    @Test
    void aWriteThroughTheApiIsTheNewestEntryAndASyncFromTheLastPositionSeesExactlyTheNewEntries() throws Exception {
        long kept = newestPosition();
        String event = "test-changes-" + System.nanoTime();
        asEditor().body(Map.of("id", event, "name_en", "Change feed test", "kind", "festival", "region", "ust-kamenogorsk", "year", 2025,
                "recurrence", "annual", "countries", List.of("MN", "KZ"), "source", "authors-text", "reason", "test: change feed"))
                .post("/v1/events").then().statusCode(201);
        int observation = asEditor().body("""
                {"indicator": "creative-gva", "region": "ust-kamenogorsk", "period": "2047", "value": 7.5, "status": "provisional",
                 "source": "authors-text", "reason": "test: change feed"}""").post("/v1/observations").then().statusCode(201)
                .extract().path("id");
        String etag = Api.given().get("/v1/events/" + event).then().statusCode(200).extract().header("ETag");
        asEditor().header("If-Match", etag).queryParam("reason", "test: change feed").delete("/v1/events/" + event).then().statusCode(204);

        Sync sync = syncJson(kept, 1000);
        List<String> seen = sync.entries().stream().map(e -> e.operation() + " " + e.kind() + " " + e.id()).toList();
        assertEquals(List.of("insert event " + event, "insert observation " + observation, "delete event " + event), seen,
                "exactly the three changes, in the order they were committed: one entry per item and transaction");
        assertTrue(sync.entries().get(0).position() > kept);
        assertEquals(sync.entries().get(2).position(), sync.lastPosition());
        assertEquals(base() + "v1/observations/" + observation, sync.entries().get(1).url());
        assertEquals(base() + "v1/events/" + event, sync.entries().get(2).url());
        // The newest entry of the whole feed is the delete, in JSON and in Atom.
        assertEquals(sync.entries().get(2), last(syncJson(0, 1000).entries()));
        assertEquals(sync.entries(), syncAtom(kept, 1000));
        // The next sync from the kept position has nothing new, and keeps the position.
        Sync again = syncJson(sync.lastPosition(), 100);
        assertEquals(List.of(), again.entries());
        assertEquals(sync.lastPosition(), again.lastPosition());
        // The delete's data version is the one the database holds now: nothing was written after it.
        assertEquals(currentDataVersion(), Api.given().queryParam("since", kept).get("/v1/changes").then().statusCode(200)
                .extract().jsonPath().getLong("items[2].data_version"));
    }

    @Test
    void everyRowAnImportWritesIsAnEntryAndItsUnchangedRowsAreNot() throws Exception {
        long kept = newestPosition();
        String header = "indicator_code,region_code,period_code,breakdown_dimension,breakdown_member,value,status,footnote,source_id\n";
        String file = header + "creative-gva,ust-kamenogorsk,2093-03,,,3.5,provisional,,authors-text\n"
                + "creative-gva,ust-kamenogorsk,2093-01,,,1.5,provisional,,authors-text\n"
                + "creative-gva,ust-kamenogorsk,2093-02,,,2.5,provisional,,authors-text\n";
        importCsv(file);
        List<String> ids = List.of("2093-01", "2093-02", "2093-03").stream().map(period -> Api.given()
                .queryParam("indicator", "creative-gva").queryParam("region", "ust-kamenogorsk").queryParam("period", period)
                .get("/v1/observations").then().statusCode(200).body("items.size()", equalTo(1)).extract().path("items[0].id").toString())
                .toList();
        // A revision of two of the rows; the third is unchanged and is no revision.
        importCsv(file.replace(",3.5,", ",3.75,").replace(",1.5,provisional,", ",1.5,final,"));

        List<Entry> entries = syncJson(kept, 2).entries();
        List<String> seen = entries.stream().map(e -> e.operation() + " " + e.kind() + " " + e.id()).toList();
        assertEquals(5, seen.size(), seen.toString());
        assertEquals(Set.of("insert observation " + ids.get(0), "insert observation " + ids.get(1), "insert observation " + ids.get(2)),
                Set.copyOf(seen.subList(0, 3)), "the first import's three inserts, committed first");
        assertEquals(Set.of("update observation " + ids.get(0), "update observation " + ids.get(2)), Set.copyOf(seen.subList(3, 5)),
                "the second import's two updates, not the unchanged row");
        assertEquals(entries, syncAtom(kept, 1000));
    }

    private void importCsv(String csv) {
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("text/csv; charset=UTF-8")
                .queryParam("reason", "test: change feed of an import").body(csv).post("/v1/imports").then().statusCode(201);
    }

    private static String base() {
        return "http://localhost:" + io.restassured.RestAssured.port + "/";
    }

    private long currentDataVersion() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var row = statement.executeQuery("select version from data_version where id = 1")) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pagesOfAnySizeGiveTheSameEntriesInJsonAndAtom() throws Exception {
        List<Entry> whole = syncJson(0, 1000).entries();
        List<Entry> paged = syncJson(0, 7).entries();
        assertEquals(whole, paged);
        for (int i = 1; i < whole.size(); i++) {
            assertTrue(whole.get(i).position() > whole.get(i - 1).position(), "positions grow");
        }
        assertEquals(whole.subList(0, 20), syncAtom(0, 7).subList(0, 20));
        Api.given().queryParam("limit", 2).get("/v1/changes").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.size()", equalTo(2)).body("last_position", equalTo(2));
        Api.given().queryParam("limit", 2).queryParam("format", "atom").get("/v1/changes").then().statusCode(200)
                .contentType(startsWith(ATOM)).header("ETag", org.hamcrest.Matchers.notNullValue())
                .header("Link", containsString("rel=\"next\""));
    }

    @Test
    void aReaderNeverSeesALaterCommitBeforeAnEarlierOneThatIsStillOpen() throws Exception {
        long kept = newestPosition();
        String first = "(select min(id) from challenge)";
        String last = "(select max(id) from challenge)";
        try (Connection open = dataSource.getConnection(); Statement write = open.createStatement()) {
            open.setAutoCommit(false);
            write.executeUpdate("update initiative set year = year where id = (select min(id) from initiative)"); // no change: no entry
            write.executeUpdate("update challenge set ordinal = ordinal + 1000 where id = " + first);
            // A second writer starts while the first is open and would commit before it, were writers not ordered.
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                try (Connection connection = dataSource.getConnection(); Statement other = connection.createStatement()) {
                    connection.setAutoCommit(false);
                    other.executeUpdate("update initiative set title_en = title_en || '.' where id = (select max(id) from initiative)");
                    other.executeUpdate("update initiative set title_en = left(title_en, -1) where id = (select max(id) from initiative)");
                    connection.commit();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertEquals(List.of(), syncJson(kept, 100).entries(), "nothing is listed while the first writer is open");
            // The open writer changes another item after the second writer began: its entries still come first, together.
            write.executeUpdate("update challenge set ordinal = ordinal + 1000 where id = " + last);
            write.executeUpdate("update challenge set ordinal = ordinal - 1000 where id in (" + first + ", " + last + ")");
            open.commit();
            second.get(10, TimeUnit.SECONDS);
        }
        List<String> seen = syncJson(kept, 100).entries().stream().map(e -> e.operation() + " " + e.kind()).toList();
        assertEquals(List.of("update challenge", "update challenge", "update initiative"), seen, "in commit order, the open writer first");
    }

    @Test
    void sinceTakesAnInstant() {
        Instant before = Instant.now().minusSeconds(1);
        long kept = newestPosition();
        String id = "test-changes-since-" + System.nanoTime();
        asEditor().body(Map.of("id", id, "actor", "business", "title_en", "Since test", "source", "authors-text", "reason", "test: since"))
                .post("/v1/initiatives").then().statusCode(201);
        List<Entry> fromInstant = new ArrayList<>();
        String next = "/v1/changes?limit=1000&since=" + before;
        while (next != null) {
            JsonPath page = Api.given().get(next).then().statusCode(200).extract().jsonPath();
            page.<Map<String, Object>>getList("items").forEach(item -> fromInstant.add(new Entry(((Number) item.get("position")).longValue(),
                    (String) item.get("kind"), (String) item.get("id"), (String) item.get("operation"), (String) item.get("url"))));
            next = page.getString("next");
        }
        assertEquals(new Entry(kept + 1, "initiative", id, "insert", base() + "v1/initiatives/" + id).id(), last(fromInstant).id());
        assertTrue(fromInstant.stream().allMatch(e -> e.position() > 1), "the seed is older than the instant");
        // Other classes list the initiatives: leave none behind.
        String etag = Api.given().get("/v1/initiatives/" + id).then().statusCode(200).extract().header("ETag");
        asEditor().header("If-Match", etag).queryParam("reason", "test: since, cleanup").delete("/v1/initiatives/" + id).then().statusCode(204);
        Api.given().queryParam("since", "2999-01-01T00:00:00Z").get("/v1/changes").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("next", equalTo(null));
        Api.given().queryParam("since", "+1000000-01-01").get("/v1/changes").then().statusCode(200).body("items.size()", equalTo(0));
        Api.given().queryParam("since", "1900-01-01").queryParam("limit", 1).get("/v1/changes").then().statusCode(200)
                .body("items[0].position", equalTo(1));
    }

    private io.restassured.specification.RequestSpecification asEditor() {
        return Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json");
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}

package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.AfterEach;

/**
 * How the catalogue editing tests talk to the API: an editor's requests, the bodies of one catalogue, and the clean-up
 * of every row a test created. Tests create their own rows with keys starting with "test-" and delete them again
 * afterwards, so the seeded catalogues that other tests count are never changed.
 */
abstract class CatalogueEditing {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Inject
    Keys keys;

    /** Paths of the rows this test created, deleted newest first after the test. */
    final Deque<String> created = new ArrayDeque<>();

    /** The collection, such as /v1/regions. */
    final String collection;
    /** The entity name in the audit log, such as region. */
    final String entity;
    /** The body field holding the public key: code, slug or id. */
    final String keyField;
    /** A body field every item has, which the tests change, and where GET shows it. */
    final String textField;
    final String textPath;
    /** The fields the 422 of a {@link #badItem} body must name, in order. */
    final List<String> badFields;
    /** By key: a valid body of a new item with every required field, and a body with several mistakes. */
    private final Function<String, Map<String, Object>> newItem;
    private final Function<String, Map<String, Object>> badItem;

    CatalogueEditing(String collection, String entity, String keyField, String textField, String textPath, List<String> badFields,
            Function<String, Map<String, Object>> newItem, Function<String, Map<String, Object>> badItem) {
        this.collection = collection;
        this.entity = entity;
        this.keyField = keyField;
        this.textField = textField;
        this.textPath = textPath;
        this.badFields = badFields;
        this.newItem = newItem;
        this.badItem = badItem;
    }

    /** A new body each call, so that a test may change it. */
    Map<String, Object> newItem(String key) {
        return newItem.apply(key);
    }

    Map<String, Object> badItem(String key) {
        return badItem.apply(key);
    }

    static String uniqueKey(String stem) {
        return "test-" + stem + "-" + SEQUENCE.incrementAndGet();
    }

    static long nextNumber() {
        return SEQUENCE.incrementAndGet();
    }

    RequestSpecification asEditor() {
        return Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json");
    }

    /** Creates an item through the API and remembers it for clean-up; returns its path. */
    String create(String collection, Map<String, Object> body, String key) {
        asEditor().body(body).post(collection).then().statusCode(201);
        String path = collection + "/" + key;
        created.push(path);
        return path;
    }

    String create(String key) {
        return create(collection, newItem(key), key);
    }

    static String etagOf(String path) {
        return Api.given().get(path).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> body(Object... fieldsAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            body.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return body;
    }

    /** The audit entries about one item, oldest first, read page by page from the admin's audit log. */
    List<Map<String, Object>> auditOf(String entity, String entityId) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String next = "/v1/audit-log?limit=1000";
        while (next != null) {
            JsonPath page = Api.given().header("Authorization", Keys.bearer(keys.admin())).get(next).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(e -> entity.equals(e.get("entity")) && entityId.equals(e.get("entity_id"))).forEach(entries::add);
            next = page.getString("next");
        }
        return entries;
    }

    @AfterEach
    void deleteWhatTheTestCreated() {
        while (!created.isEmpty()) {
            String path = created.pop();
            int status = Api.raw().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", "*")
                    .queryParam("reason", "test clean-up").delete(path).then().extract().statusCode();
            assertTrue(status == 204 || status == 404, "clean-up of " + path + " answered " + status);
        }
    }

    /** Deletes one of the items this test created now, with a current ETag. */
    void deleteNow(String path) {
        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etagOf(path))
                .queryParam("reason", "test: no longer needed").delete(path).then().statusCode(204);
        created.remove(path);
    }

    /** An editor's POST of this body that is refused (422): the answer, to say why; nothing exists under the key. */
    ValidatableResponse refusedCreate(String key, Map<String, Object> item) {
        ValidatableResponse refused = asEditor().body(item).post(collection).then().statusCode(422);
        Api.given().get(collection + "/" + key).then().statusCode(404);
        return refused;
    }

    /** An editor's DELETE with a current ETag and a reason that is refused (409): the answer, to say why; the item stays. */
    ValidatableResponse refusedDelete(String path) {
        ValidatableResponse refused = Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etagOf(path))
                .queryParam("reason", "test").delete(path).then().statusCode(409);
        Api.given().get(path).then().statusCode(200);
        return refused;
    }

    /**
     * The item at path cannot be deleted while the one at referrerPath refers to it (409 naming the item and what refers
     * to it, and nothing deleted), and is deleted once that is gone.
     */
    void assertDeletableOnlyAfter(String referrerPath, String path, String item, String referrers) {
        refusedDelete(path)
                .body("type", equalTo("urn:creative-economy:problem:conflict"))
                .body("detail", containsString(item))
                .body("detail", containsString(referrers));
        deleteNow(referrerPath);
        deleteNow(path);
    }

    /** Two new items, one inside the other, for the catalogues with a parent: their keys and paths. */
    record Nested(String outer, String outerPath, String inner, String innerPath) {
    }

    Nested createNested() {
        String outer = uniqueKey("outer");
        String outerPath = create(outer);
        String inner = uniqueKey("inner");
        Map<String, Object> item = newItem(inner);
        item.put("parent", outer);
        return new Nested(outer, outerPath, inner, create(collection, item, inner));
    }

    /** Neither the outer item itself nor the one inside it can become the outer one's parent: 422 naming parent. */
    void assertCannotMoveInto(Nested nested) {
        for (String parent : List.of(nested.outer(), nested.inner())) {
            Map<String, Object> moved = newItem(nested.outer());
            moved.put("parent", parent);
            asEditor().header("If-Match", etagOf(nested.outerPath())).body(moved).put(nested.outerPath()).then().statusCode(422)
                    .body("errors.field", equalTo(List.of("parent")));
        }
    }
}

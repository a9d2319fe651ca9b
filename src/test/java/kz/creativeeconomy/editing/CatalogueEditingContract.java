package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/**
 * What editing must do for every catalogue (regions, indicators, sources, organisations, events, initiatives,
 * challenges), checked through HTTP against the real database by one subclass per catalogue.
 */
abstract class CatalogueEditingContract extends CatalogueEditing {

    CatalogueEditingContract(String collection, String entity, String keyField, String textField, String textPath, List<String> badFields,
            Function<String, Map<String, Object>> newItem, Function<String, Map<String, Object>> badItem) {
        super(collection, entity, keyField, textField, textPath, badFields, newItem, badItem);
    }

    @Test
    void anEditorCreatesReadsReplacesAndDeletesAnItemAndTheAuditLogShowsEachWrite() {
        String key = uniqueKey("lifecycle");
        Map<String, Object> item = newItem(key);
        String path = collection + "/" + key;
        asEditor().body(item).post(collection).then().statusCode(201)
                .header("Location", endsWith(path))
                .body(textPath, equalTo(item.get(textField)));
        created.push(path);
        Api.given().get(path).then().statusCode(200).body(textPath, equalTo(item.get(textField)));

        item.put(textField, "Changed " + key);
        item.put("reason", "test: corrected");
        asEditor().header("If-Match", etagOf(path)).body(item).put(path).then().statusCode(200)
                .body(textPath, equalTo("Changed " + key));
        Api.given().get(path).then().statusCode(200).body(textPath, equalTo("Changed " + key));

        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etagOf(path))
                .queryParam("reason", "test: withdrawn").delete(path).then().statusCode(204);
        Api.given().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"));

        List<Map<String, Object>> audit = auditOf(entity, key);
        assertEquals(List.of("POST", "PUT", "DELETE"), audit.stream().map(e -> e.get("method")).toList(), audit.toString());
        audit.forEach(e -> assertEquals("test-editor", e.get("actor")));
        String update = (String) audit.get(1).get("summary");
        assertTrue(update.contains(textField + ": ") && update.contains("Changed " + key) && update.contains("test: corrected"), update);
        String deletion = (String) audit.get(2).get("summary");
        assertTrue(deletion.contains("old values") && deletion.contains("Changed " + key) && deletion.contains("test: withdrawn"), deletion);
    }

    /** A write answers with the ETag a GET of the item would give now, so the next write needs no GET first. */
    @Test
    void aWriteAnswersWithTheEtagAGetWouldGiveAndTheNextWriteCanUseIt() {
        String key = uniqueKey("etag");
        String path = collection + "/" + key;
        String afterCreate = asEditor().body(newItem(key)).post(collection).then().statusCode(201).extract().header("ETag");
        created.push(path);
        assertEquals(etagOf(path), afterCreate);
        String afterReplace = asEditor().header("If-Match", afterCreate).body(newItem(key)).put(path).then().statusCode(200)
                .extract().header("ETag");
        assertEquals(etagOf(path), afterReplace);
        asEditor().header("If-Match", afterReplace).body(newItem(key)).put(path).then().statusCode(200);
    }

    @Test
    void replacingOrDeletingWithAStaleEtagIs412AndWithoutIfMatchIs428() {
        String key = uniqueKey("stale");
        String path = create(key);
        String stale = etagOf(path);
        create(uniqueKey("later")); // any later write makes the ETag stale
        Map<String, Object> changed = newItem(key);
        changed.put(textField, "Late change");
        asEditor().header("If-Match", stale).body(changed).put(path).then().statusCode(412)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:creative-economy:problem:precondition-failed"));
        asEditor().body(changed).put(path).then().statusCode(428)
                .body("type", equalTo("urn:creative-economy:problem:precondition-required"));
        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", stale).queryParam("reason", "late")
                .delete(path).then().statusCode(412);
        Api.given().header("Authorization", Keys.bearer(keys.editor())).queryParam("reason", "no precondition")
                .delete(path).then().statusCode(428);
        Api.given().get(path).then().statusCode(200).body(textPath, equalTo(newItem(key).get(textField)));
    }

    @Test
    void aBadBodyIs422NamingEachRejectedFieldAndCreatesNothing() {
        String key = uniqueKey("bad");
        refusedCreate(key, badItem(key))
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:creative-economy:problem:validation-failed"))
                .body("errors.field", equalTo(badFields));
    }

    @Test
    void anUnknownFieldIs422AndCreatesNothing() {
        String key = uniqueKey("unknown-field");
        Map<String, Object> item = newItem(key);
        item.put("colour", "red");
        refusedCreate(key, item)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].reason", equalTo("unknown field"))
                .body("errors[0].allowed", containsString(textField));
    }

    @Test
    void creatingAnExistingKeyIs409() {
        String key = uniqueKey("twice");
        create(key);
        asEditor().body(newItem(key)).post(collection).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:creative-economy:problem:conflict"))
                .body("detail", containsString(key));
    }

    /** Both writers pass the existence check; the database's unique rule must still answer 409, never 500. */
    @Test
    void concurrentCreatesOfOneKeyGiveOne201AndOtherwiseOnly409() throws Exception {
        String key = uniqueKey("race");
        Map<String, Object> item = newItem(key);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> asEditor().body(item).post(collection).then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            created.push(collection + "/" + key);
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thePublicKeyCannotChangeButMayBeLeftOutOfAReplacement() {
        String key = uniqueKey("rename");
        String path = create(key);
        Map<String, Object> renamed = newItem(key);
        renamed.put(keyField, newItem(uniqueKey("other")).get(keyField));
        asEditor().header("If-Match", etagOf(path)).body(renamed).put(path).then().statusCode(422)
                .body("errors.field", equalTo(List.of(keyField)))
                .body("errors[0].allowed", containsString(key));
        Map<String, Object> withoutKey = newItem(key);
        withoutKey.remove(keyField);
        withoutKey.put(textField, "Replaced without the key");
        asEditor().header("If-Match", etagOf(path)).body(withoutKey).put(path).then().statusCode(200)
                .body(textPath, equalTo("Replaced without the key"));
    }

    @Test
    void deletingNeedsAReason() {
        String key = uniqueKey("no-reason");
        String path = create(key);
        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etagOf(path)).delete(path).then().statusCode(422)
                .body("errors.field", equalTo(List.of("reason")));
        Api.given().get(path).then().statusCode(200);
    }

    @Test
    void writingWithoutAValidKeyIs401AndChangesNothing() {
        String key = uniqueKey("anonymous");
        Api.given().contentType("application/json").body(newItem(key)).post(collection).then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        Api.given().get(collection + "/" + key).then().statusCode(404);
        String path = create(key);
        Map<String, Object> changed = newItem(key);
        changed.put(textField, "Anonymous change");
        Api.given().header("Authorization", "Bearer cek_not-a-real-key").contentType("application/json").header("If-Match", "*")
                .body(changed).put(path).then().statusCode(401);
        Api.given().header("If-Match", "*").queryParam("reason", "anonymous").delete(path).then().statusCode(401);
        Api.given().get(path).then().statusCode(200).body(textPath, equalTo(newItem(key).get(textField)));
    }
}

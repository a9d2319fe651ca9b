package kz.creativeeconomy.resilience;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waiting for readiness, timing answers and checking the 503 of the outage tests. */
final class Outages {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Outages() {
    }

    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    static URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + RestAssured.port + pathAndQuery);
    }

    /** A GET through a plain client (thread-safe, for concurrent requests), with a time limit on the answer. */
    static HttpResponse<String> get(String pathAndQuery, Duration limit) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(limit).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static int readiness() {
        try {
            return get("/q/health/ready", Duration.ofSeconds(5)).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitReady(long millis) {
        await(200, millis);
    }

    static void awaitNotReady(long millis) {
        await(503, millis);
    }

    private static void await(int status, long millis) {
        long start = System.nanoTime();
        while (readiness() != status) {
            if (millisSince(start) > millis) {
                fail("/q/health/ready did not answer " + status + " within " + millis + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static void assertUnavailable(Response response) {
        response.then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:creative-economy:problem:service-unavailable"))
                .body("status", equalTo(503));
    }

    static void assertUnavailable(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 503, response.statusCode() + " " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.headers().toString());
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), response.headers().toString());
        assertTrue(response.body().contains("urn:creative-economy:problem:service-unavailable"), response.body());
    }
}

package kz.creativeeconomy.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.creativeeconomy.http.resilience.WorkerAdmission;
import org.junit.jupiter.api.Test;

/**
 * After a request is shed, the 503 goes out at once, and the next request on that connection is read only after the
 * shed backoff (REQUEST_SHED_BACKOFF): a client that asks again without waiting is held back by TCP instead of costing a
 * parse, a route and another 503 (issue 23, point 5). Other connections are not held back.
 */
@QuarkusTest
@TestProfile(ShedBackoffProfile.class)
class ShedBackoffTest {

    @Inject
    WorkerAdmission admission;

    @Test
    void theNextRequestOnAShedConnectionIsReadOnlyAfterTheBackoff() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(OutageProfile.WORKERS + OutageProfile.MAX_WAITING);
        try (Connection lock = Outages.lockObservations()) {
            List<Future<HttpResponse<String>>> stuck = new ArrayList<>();
            for (int n = 1; n <= OutageProfile.WORKERS + OutageProfile.MAX_WAITING; n++) {
                String path = "/v1/observations?limit=" + n + "&period=2023";
                stuck.add(clients.submit(() -> Outages.get(path, Duration.ofSeconds(30))));
            }
            Outages.awaitWaitingOnLocks(OutageProfile.WORKERS);
            Outages.awaitWaitingForAWorker(admission, OutageProfile.MAX_WAITING, 5_000);

            try (Socket eager = open(); Socket other = open()) {
                Answer first = exchange(eager, "/v1/regions?q=first");
                assertEquals(503, first.status, first.text);
                assertTrue(first.text.toLowerCase(Locale.ROOT).contains("retry-after:"), first.text);
                assertTrue(first.millis < ShedBackoffProfile.BACKOFF_MILLIS / 2, "the shed answer took " + first.millis + " ms");

                Answer again = exchange(eager, "/v1/regions?q=again");
                assertEquals(503, again.status, again.text);
                assertTrue(again.millis >= ShedBackoffProfile.BACKOFF_MILLIS - 200,
                        "the next request on the shed connection was answered after " + again.millis + " ms, before the backoff of "
                                + ShedBackoffProfile.BACKOFF_MILLIS + " ms");

                Answer elsewhere = exchange(other, "/v1/regions?q=elsewhere");
                assertEquals(503, elsewhere.status, elsewhere.text);
                assertTrue(elsewhere.millis < ShedBackoffProfile.BACKOFF_MILLIS / 2,
                        "a request on another connection waited " + elsewhere.millis + " ms");
            }
            lock.rollback();
            for (Future<HttpResponse<String>> request : stuck) {
                request.get(30, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private record Answer(int status, String text, long millis) {
    }

    private static Socket open() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(20_000);
        return socket;
    }

    /** One keep-alive request and its whole answer (status line, headers and a body of Content-Length bytes). */
    private static Answer exchange(Socket socket, String path) throws IOException {
        long start = System.nanoTime();
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Answer(Integer.parseInt(headers.substring(9, 12)), headers + body, millis);
    }
}

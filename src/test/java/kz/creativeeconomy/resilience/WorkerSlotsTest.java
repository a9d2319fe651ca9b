package kz.creativeeconomy.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import kz.creativeeconomy.http.resilience.WorkerAdmission;
import org.junit.jupiter.api.Test;

/**
 * A request gives its worker back however it ends, also when its client leaves while it runs or waits for a worker: a
 * closed HTTP/1.1 connection, a cancelled HTTP/2 stream on a connection that stays open. A worker never given back is
 * capacity lost for good: once all are, every request waits out the queue timeout and is shed. The requests are held
 * running by a lock on the observation table (taken and released here, well within the statement timeout), two more
 * than there are workers, so that two wait in the queue (or have been shed, on a slow machine, by the queue timeout).
 */
@QuarkusTest
class WorkerSlotsTest {

    @Inject
    WorkerAdmission admission;
    @Inject
    DataSource dataSource;

    private static String read(int n) {
        return "/v1/observations?limit=" + n + "&period=2019&lang=en"; // a different query each: none is answered from the cache
    }

    @Test
    void clientsThatCloseTheirConnectionsWhileTheirRequestsRunOrWaitGiveTheWorkersBack() throws Exception {
        int requests = admission.workers() + 2;
        List<Socket> clients = new ArrayList<>();
        try (Connection lock = Outages.lockObservations(dataSource.getConnection())) {
            for (int n = 1; n <= requests; n++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 2_000);
                socket.getOutputStream().write(("GET " + read(n) + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                clients.add(socket);
            }
            await("every worker running", () -> admission.running() == admission.workers());
            for (Socket client : clients) {
                client.close();
            }
            lock.rollback();
        }
        await("no worker held and none waiting", () -> admission.running() == 0 && admission.waiting() == 0);
    }

    @Test
    void http2StreamsCancelledWhileTheirRequestsRunOrWaitGiveTheWorkersBack() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(Duration.ofSeconds(2)).build();
        // The first request upgrades the connection to HTTP/2 (h2c); the later ones are streams on it.
        assertEquals(200, client.send(get(read(1)), HttpResponse.BodyHandlers.discarding()).statusCode());
        int requests = admission.workers() + 2;
        List<CompletableFuture<HttpResponse<Void>>> streams = new ArrayList<>();
        try (Connection lock = Outages.lockObservations(dataSource.getConnection())) {
            for (int n = 2; n <= requests + 1; n++) {
                streams.add(client.sendAsync(get(read(n)), HttpResponse.BodyHandlers.discarding()));
            }
            await("every worker running", () -> admission.running() == admission.workers());
            streams.forEach(stream -> stream.cancel(true));
            lock.rollback();
        }
        await("no worker held and none waiting", () -> admission.running() == 0 && admission.waiting() == 0);
        assertEquals(200, client.send(get(read(1)), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private static HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + pathAndQuery)).timeout(Duration.ofSeconds(20)).build();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (Outages.millisSince(start) > 10_000) {
                fail("not within 10 s: " + what);
            }
            Thread.sleep(10);
        }
    }
}

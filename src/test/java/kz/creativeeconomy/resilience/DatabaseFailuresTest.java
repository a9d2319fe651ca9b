package kz.creativeeconomy.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.creativeeconomy.http.resilience.DatabaseFailures;
import org.junit.jupiter.api.Test;

/**
 * The driver's own failures, produced by the real PostgreSQL driver, told from defects. Found under the bench's overload
 * (scenario 10b): the pool interrupts the thread that opens a connection for a request that stopped waiting, and the
 * request it was opened for got a 500 for the driver's "Interrupted while attempting to connect".
 */
class DatabaseFailuresTest {

    @Test
    void anOpeningOfAConnectionCutShortIsTheDatabaseUnreachableNotADefect() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Accepts the connection and never answers the startup message, as a server starved of CPU.
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            CompletableFuture<SQLException> failure = new CompletableFuture<>();
            Thread opener = new Thread(() -> {
                try {
                    DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort()
                            + "/postgres?loginTimeout=30", "postgres", "postgres").close();
                    failure.completeExceptionally(new AssertionError("a silent server gave a connection"));
                } catch (SQLException e) {
                    failure.complete(e);
                }
            });
            opener.start();
            try (Socket ignored = accepted.get(10, TimeUnit.SECONDS)) {
                opener.interrupt();
                SQLException e = failure.get(10, TimeUnit.SECONDS);
                assertNotNull(e.getCause(), "the driver says why");
                assertTrue(String.valueOf(e.getCause().getMessage()).startsWith("Interrupted while attempting to connect"),
                        "the failure under test: " + e);

                assertEquals(Optional.of(DatabaseFailures.Kind.UNREACHABLE), DatabaseFailures.classify(
                        new IllegalStateException("Observation query failed", e)), "a 503 with Retry-After, not a 500");
            }
        }
    }

    @Test
    void aStatementThatFailsOnAnOpenConnectionStaysADefect() {
        SQLException syntax = new SQLException("syntax error at or near \"selec\"", "42601");
        assertEquals(Optional.empty(), DatabaseFailures.classify(syntax));
    }
}

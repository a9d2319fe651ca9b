package kz.creativeeconomy.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/** Waiting for the server to reach a state the database can see (pg_stat_activity), polled on one connection. */
public final class Activity {

    private Activity() {
    }

    /**
     * Polls {@code countQuery} (a query of one count) every {@code pollMillis} until {@code reached} accepts the count;
     * fails with {@code failure} when that takes longer than {@code timeoutMillis}.
     */
    public static void awaitCount(Connection connection, String countQuery, IntPredicate reached, long timeoutMillis, long pollMillis,
                                  Supplier<String> failure) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet count = statement.executeQuery(countQuery)) {
                    count.next();
                    if (reached.test(count.getInt(1))) {
                        return;
                    }
                }
                if ((System.nanoTime() - start) / 1_000_000 > timeoutMillis) {
                    fail(failure.get());
                }
                Thread.sleep(pollMillis);
            }
        }
    }
}

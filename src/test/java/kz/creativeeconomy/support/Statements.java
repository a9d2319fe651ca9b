package kz.creativeeconomy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Counts the statements PostgreSQL executed while the application served one request, with pg_stat_statements (which
 * the embedded test server preloads; an external TEST_DB_URL server needs it too). It sees every path to the database,
 * Hibernate or plain JDBC. The polling of the data version (at most once a second), the DatabaseMonitor's background
 * probe (select 1, on its own schedule, so it lands in a slow request's window), the rate limiter's refresh of known keys
 * (every 30 s, likewise) and this counter are left out.
 */
@ApplicationScoped
public class Statements {

    @Inject
    DataSource dataSource;

    private boolean ready;

    /** Statements run to answer GET url, fresh: a header value no earlier request sent keeps the response cache out. */
    public long during(String url) {
        // The fewest of three uncached requests: a background statement (a probe, a refresh) that lands in a window can only
        // add to one count, while every statement the request itself costs is in all three.
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = count();
            Api.given().header("Accept-Language", "x-" + UUID.randomUUID().toString().substring(0, 8)).get(url).then().statusCode(200);
            fewest = Math.min(fewest, count() - before);
        }
        return fewest;
    }

    /**
     * A request that reads more rows costs no more statements than a small one (no statement per row), and at most
     * {@code atMost}; {@code expected} says which statements those are, for the failure message.
     */
    public void assertSameCount(String small, String large, long atMost, String expected) {
        long smallCount = during(small);
        long largeCount = during(large);
        assertEquals(smallCount, largeCount);
        assertTrue(largeCount <= atMost, expected + "; was " + largeCount);
    }

    private synchronized long count() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!ready) {
                statement.execute("create extension if not exists pg_stat_statements");
                ready = true;
            }
            try (ResultSet result = statement.executeQuery("""
                    select coalesce(sum(s.calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
                    where d.datname = current_database() and s.query not like '%pg_stat_statements%' and s.query not like '%data_version%'
                      and s.query not in ('select 1', 'select $1')
                      and s.query not like '%from api_key where revoked_at is null%'""")) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements is needed to count statements", e);
        }
    }
}

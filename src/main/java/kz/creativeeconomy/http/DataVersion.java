package kz.creativeeconomy.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The version of the published data: one row that triggers bump on every change (see V1__schema.sql). ETag and
 * Last-Modified derive from it, so they change when the data changes, and only then. It is re-read at most every
 * {@link #MAX_AGE_MILLIS} ms; writes through this instance call {@link #invalidate()} so their effect is immediate.
 */
@ApplicationScoped
public class DataVersion {

    static final long MAX_AGE_MILLIS = 1000;

    public record Version(long number, Instant changedAt) {
    }

    @Inject
    DataSource dataSource;

    private volatile Version cached;
    private volatile long readAt;

    public Version current() {
        Version version = cached;
        long now = System.currentTimeMillis();
        if (version == null || now - readAt > MAX_AGE_MILLIS) {
            version = read();
            cached = version;
            readAt = now;
        }
        return version;
    }

    public void invalidate() {
        cached = null;
    }

    private Version read() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select version, changed_at from data_version where id = 1")) {
            row.next();
            return new Version(row.getLong(1), row.getTimestamp(2).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data version", e);
        }
    }
}

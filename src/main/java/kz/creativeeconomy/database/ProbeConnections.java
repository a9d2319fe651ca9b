package kz.creativeeconomy.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * A connection of its own, outside the pools, with which a monitor asks whether a database answers (the primary's
 * DatabaseMonitor, the read replica's ReplicaMonitor): a pool would wait for its own timeouts and hide the answer.
 */
public final class ProbeConnections {

    private ProbeConnections() {
    }

    /** Connecting and logging in give up after timeoutSeconds; applicationName shows the probe in pg_stat_activity. */
    public static Connection open(String url, String user, String password, int timeoutSeconds, String applicationName) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
        properties.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
        properties.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(url, properties);
    }

    /** Closes a probe (nothing when there is none); a failure to close goes to {@code failed}, never up. */
    public static void close(Connection probe, Consumer<SQLException> failed) {
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException e) {
                failed.accept(e);
            }
        }
    }
}

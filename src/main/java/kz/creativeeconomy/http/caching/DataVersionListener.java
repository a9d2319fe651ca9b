package kz.creativeeconomy.http.caching;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Makes a write through any instance visible through every other one at once: the data version trigger notifies
 * channel {@value #CHANNEL} (V14), and this thread LISTENs on the primary and re-reads the version when told. The
 * {@link DataVersion} poll stays as the fallback for the moments this connection is down.
 * <p>
 * A connection of its own, not one of the pool: LISTEN holds it for the life of the instance. It goes to
 * {@code DB_LISTEN_URL} when set (behind a transaction-mode PgBouncer, whose sessions cannot LISTEN, that is the
 * primary itself), else to the default datasource's URL, read when the thread starts because `make run` sets the
 * embedded database's URL as a system property just before Quarkus starts.
 */
@ApplicationScoped
public class DataVersionListener {

    private static final Logger LOG = Logger.getLogger(DataVersionListener.class);

    static final String CHANNEL = "data_version";
    private static final int WAIT_MILLIS = 500;

    @Inject
    DataVersion dataVersion;

    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "data-version-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                // A change may have happened while no one listened.
                dataVersion.catchUpWithPrimary();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        dataVersion.catchUpWithPrimary();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.debugf(e, "Data version listener lost its connection; the poll covers until it is back");
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", config.getOptionalValue("quarkus.datasource.username", String.class).orElse(""));
        properties.setProperty("password", config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        properties.setProperty("ApplicationName", "data-version-listener");
        properties.setProperty("connectTimeout", "2");
        // Keepalives make a primary that vanished without closing the socket show up as an error here.
        properties.setProperty("tcpKeepAlive", "true");
        String url = config.getOptionalValue("api.data-version.listen-url", String.class)
                .orElseGet(() -> config.getValue("quarkus.datasource.jdbc.url", String.class));
        return DriverManager.getConnection(url, properties);
    }
}

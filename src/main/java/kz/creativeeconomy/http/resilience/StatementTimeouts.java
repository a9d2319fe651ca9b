package kz.creativeeconomy.http.resilience;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every pooled connection starts with {@code statement_timeout} = DB_STATEMENT_TIMEOUT (a startup option in the JDBC
 * properties, application.properties). Flyway's migrations must not be cut by it, so Flyway turns it off on the
 * connections it opens (quarkus.flyway.init-sql); those connections stay in the pool after the migration, and would serve
 * requests with no timeout at all. They are closed here, before the first request, and replaced by fresh ones on demand:
 * idle ones at once, one still borrowed at startup (a startup task may hold it) when it comes back (GRACEFUL; IDLE
 * skipped it, and a read of a locked table then waited without end).
 */
@ApplicationScoped
public class StatementTimeouts {

    @Inject
    AgroalDataSource dataSource;

    void closeMigrationConnections(@Observes StartupEvent started) {
        dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }
}

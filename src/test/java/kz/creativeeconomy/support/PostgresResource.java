package kz.creativeeconomy.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A real, throw-away PostgreSQL on a free port for the whole test run, unless TEST_DB_URL points at one. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The outage tests' profile brings its own database (OutageDatabase): none is started for it here. */
    static final String OUTAGE_PROFILE = "kz.creativeeconomy.resilience.OutageProfile";

    private EmbeddedPostgres postgres;
    private String profile;

    @Override
    public void setContext(Context context) {
        profile = context.testProfile();
    }

    @Override
    public Map<String, String> start() {
        if (OUTAGE_PROFILE.equals(profile)) {
            return Map.of();
        }
        String external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", external);
        }
        try {
            Path work = Path.of("target/embedded-postgres").toAbsolutePath();
            Files.createDirectories(work);
            // pg_stat_statements lets tests count the statements a request costs (support/Statements).
            postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.toFile())
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
            return datasource(postgres.getJdbcUrl("postgres", "postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        close(postgres);
    }

    /** The datasource settings of an embedded server: its URL and the superuser it starts with. */
    static Map<String, String> datasource(String url) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** Stops an embedded server a test resource started; nothing when it never started. */
    static void close(EmbeddedPostgres postgres) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

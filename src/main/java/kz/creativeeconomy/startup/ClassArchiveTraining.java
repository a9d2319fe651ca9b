package kz.creativeeconomy.startup;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kz.creativeeconomy.database.EmbeddedDatabase;
import org.jboss.logging.Logger;

/**
 * The training run of the AppCDS archive (issue 23, point 1). The build makes target/quarkus-app/app-cds.jsa by starting
 * the jar with {@code -XX:ArchiveClassesAtExit} and {@code -Dquarkus.appcds.generate=true}; Quarkus then stops after its
 * static initialisation, so the classes of everything that starts later (Hibernate's session factory, Flyway, the JDBC
 * driver, the OpenAPI document, the lambdas they spin) were missing from the archive: a start loaded 7,700 classes from
 * the jars, verified them and generated lambda classes again, most of its time. Instead, the training run starts the
 * whole service on a throw-away embedded PostgreSQL, migrated as on a first deployment, asks it what a load balancer
 * and a first reader ask, and exits, so the archive holds the classes of a real start. Which database a start uses does
 * not matter to the archive: it holds class metadata, not configuration.
 * <p>
 * When the embedded PostgreSQL cannot start on the build machine, the training falls back to Quarkus's own partial run.
 */
public final class ClassArchiveTraining {

    /** The system property Quarkus's build sets on the archive's training run. */
    public static final String GENERATE = "quarkus.appcds.generate";
    /** What a start does before and just after it is ready: the probe, an API page, the explorer's home page. */
    static final List<String> REQUESTS = List.of("/q/health/ready", "/v1/observations?indicator=creative-gva&limit=5",
            "/v1/indicators", "/");

    private static final Logger LOG = Logger.getLogger(ClassArchiveTraining.class);

    private ClassArchiveTraining() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(GENERATE);
    }

    /**
     * Runs the service once, fully, and returns. The build runs it from target/quarkus-app: the throw-away database goes
     * into a new directory beside it (APPCDS_TRAINING_DIR overrides), the PostgreSQL binaries where `make run` keeps
     * them.
     */
    public static void run(String... args) throws IOException {
        Path parent = Path.of(env("APPCDS_TRAINING_DIR", "..")).toAbsolutePath().normalize();
        Files.createDirectories(parent);
        Path directory = Files.createTempDirectory(parent, "appcds-training-");
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedDatabase.start(directory.resolve("postgres"),
                    Path.of(env("EMBEDDED_DB_WORK_DIR", parent.resolve("embedded-postgres").toString())), 0);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The AppCDS training run could not start an embedded PostgreSQL (%s): archiving Quarkus's static"
                    + " initialisation only", e.getMessage());
            delete(directory);
            Quarkus.run(args);
            return;
        }
        int exitCode;
        try (postgres) {
            EmbeddedDatabase.useFor(postgres);
            int port = freePort();
            System.setProperty("quarkus.http.host", "127.0.0.1");
            System.setProperty("quarkus.http.port", Integer.toString(port));
            System.setProperty("quarkus.shutdown.delay", "0S");
            // Quarkus stops after static initialisation while this is set; the full start is the point of the training.
            System.clearProperty(GENERATE);
            int[] code = {1};
            Quarkus.run(Exercise.class, (status, failure) -> {
                code[0] = status;
                if (failure != null) {
                    LOG.error("The AppCDS training run failed", failure);
                }
            }, args);
            exitCode = code[0];
        } finally {
            delete(directory);
        }
        // The archive is written as the JVM exits; a non-zero status tells the build that the training failed.
        System.exit(exitCode);
    }

    /** Runs once the service has started, as the JVM it runs in would serve: each request must succeed. */
    public static class Exercise implements QuarkusApplication {

        @Override
        public int run(String... args) throws Exception {
            int port = Integer.getInteger("quarkus.http.port");
            for (String path : REQUESTS) {
                HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
                connection.setConnectTimeout(10_000);
                connection.setReadTimeout(60_000);
                int status = connection.getResponseCode();
                try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                    if (body != null) {
                        body.readAllBytes();
                    }
                }
                if (status != 200) {
                    LOG.errorf("The AppCDS training run got %d for %s", status, path);
                    return 1;
                }
            }
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Could not delete %s: %s", directory, e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value != null && !value.isBlank() ? value : fallback;
    }
}

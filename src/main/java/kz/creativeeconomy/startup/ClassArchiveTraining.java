package kz.creativeeconomy.startup;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;
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
    private static volatile Path loadedClassLog;

    private ClassArchiveTraining() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(GENERATE);
    }

    /**
     * Runs the service once, fully, and exits. The build runs it from target/quarkus-app: the throw-away database goes
     * into a new directory beside it (APPCDS_TRAINING_DIR overrides), the PostgreSQL binaries where `make run` keeps
     * them.
     */
    public static void run(String... args) throws IOException {
        Path parent = Path.of(env("APPCDS_TRAINING_DIR", "..")).toAbsolutePath().normalize();
        Files.createDirectories(parent);
        Path directory = Files.createTempDirectory(parent, "appcds-training-");
        logLoadedClasses(directory.resolve("loaded-classes.log"));
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
        // The archive is written as the JVM exits; a non-zero status reports a failed training to the build.
        System.exit(exitCode);
    }

    /** Runs once the service has started: the requests a load balancer and a first reader make, each must succeed. */
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
            linkLoadedClasses(Exercise.class.getClassLoader());
            return 0;
        }
    }

    /**
     * The JVM archives only the classes it has linked by the time it exits, and a start loads some 3,000 it never links
     * (Hibernate's annotation and model classes, looked at and left): each would still be read from its jar, parsed and
     * verified at every start. The training logs what it loads (as -Xlog:class+load would, switched on from inside) and
     * links those classes before it exits; linking verifies a class, it runs no static initialiser.
     */
    private static void logLoadedClasses(Path file) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "vmLog", new Object[] {new String[] {"output=" + file, "what=class+load=info", "decorators=none"}},
                    new String[] {String[].class.getName()});
            loadedClassLog = file;
        } catch (JMException | RuntimeException e) {
            LOG.warnf("The AppCDS training run cannot list the classes it loads (%s): unlinked ones stay out of the archive",
                    e.getMessage());
        }
    }

    static void linkLoadedClasses(ClassLoader loader) {
        if (loadedClassLog == null) {
            return;
        }
        int linked = 0;
        try (Stream<String> lines = Files.lines(loadedClassLog)) {
            for (String line : (Iterable<String>) lines::iterator) {
                int source = line.indexOf(" source: ");
                // Archived already, or a hidden class (lambda forms: name/0x...), which cannot be looked up by name.
                if (source < 0 || line.startsWith("shared objects file", source + 9) || line.substring(0, source).contains("/")) {
                    continue;
                }
                try {
                    // Reflection links the class first (verification included) and initialises nothing.
                    Class.forName(line.substring(0, source), false, loader).getDeclaredFields();
                    linked++;
                } catch (ClassNotFoundException | LinkageError | SecurityException unavailable) {
                    // A class whose own dependencies are absent cannot be linked; a start never links it either.
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Could not read %s: %s", loadedClassLog, e.getMessage());
        }
        LOG.infof("The AppCDS training run linked %d classes it had loaded", linked);
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

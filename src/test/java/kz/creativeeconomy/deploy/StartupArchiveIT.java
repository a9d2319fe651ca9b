package kz.creativeeconomy.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AppCDS archive the build writes (issue 23, point 1) is made by a full training run, so a start against an external
 * database maps the classes of what starts after Quarkus's static initialisation from the archive instead of loading
 * them from the jars: Hibernate's session factory, Flyway, the JDBC driver, the OpenAPI document. Started from the jar's
 * directory with the archive, as `make run`, the bench and the image start it.
 */
class StartupArchiveIT {

    private static final Path ARCHIVE = AppProcess.JAR.toAbsolutePath().getParent().resolve("app-cds.jsa");
    private static final Pattern LOADED = Pattern.compile("\\] (\\S+) source: (.*)$");

    private static LocalPostgres database;
    private static AppProcess app;
    private static Path classLog;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(LocalPostgres.available(), "needs Debian's PostgreSQL 15 binaries (apt install postgresql)");
        assertTrue(Files.isRegularFile(ARCHIVE), "the build writes " + ARCHIVE);
        database = LocalPostgres.primary("startup-archive");
        classLog = Path.of("target/app-processes/startup-archive-classes.log").toAbsolutePath();
        Files.createDirectories(classLog.getParent());
        Files.deleteIfExists(classLog);
        app = AppProcess.start("startup-archive", Map.of("DB_URL", database.jdbcUrl()),
                List.of("-Xmx256m", "-XX:SharedArchiveFile=" + ARCHIVE.getFileName(), "-Xshare:auto",
                        "-Xlog:class+load=info:file=" + classLog));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {app, database}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // Keep stopping the others.
            }
        }
    }

    @Test
    void classesOfTheRuntimeStartComeFromTheArchiveNotTheJars() {
        Map<String, String> sources = sources();
        for (String name : List.of("org.hibernate.internal.SessionFactoryImpl", "org.flywaydb.core.internal.command.DbMigrate",
                "org.postgresql.jdbc.PgConnection", "io.smallrye.openapi.api.SmallRyeOpenAPI",
                "io.quarkus.hibernate.orm.runtime.boot.FastBootEntityManagerFactoryBuilder")) {
            assertEquals("shared objects file (top)", sources.get(name), name + " was loaded at start");
        }
    }

    @Test
    void mostClassesOfAStartAreMappedFromTheArchive() {
        Map<String, String> sources = sources();
        long shared = sources.values().stream().filter(source -> source.startsWith("shared objects file")).count();
        // 44 % with Quarkus's static-initialisation-only archive, 75 % with a full start's, 90 % once the training links what
        // it loaded; the rest are classes the JVM generates (lambda forms, proxies), which JDK 17 does not archive.
        assertTrue(shared >= 0.85 * sources.size(), shared + " of " + sources.size() + " classes from the archive");
    }

    private static Map<String, String> sources() {
        try {
            Map<String, String> sources = new java.util.HashMap<>();
            for (String line : Files.readAllLines(classLog)) {
                Matcher matcher = LOADED.matcher(line);
                if (matcher.find()) {
                    sources.putIfAbsent(matcher.group(1), matcher.group(2));
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

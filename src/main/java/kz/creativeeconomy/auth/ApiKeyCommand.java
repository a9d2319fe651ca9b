package kz.creativeeconomy.auth;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import kz.creativeeconomy.database.EmbeddedDatabase;
import org.flywaydb.core.Flyway;

/**
 * {@code java -jar quarkus-run.jar api-key --role admin --name NAME} (or {@code make api-key ROLE=admin NAME=...}):
 * creates a key directly in the database and prints it once. This is how the first admin key is made; there is no
 * default key anywhere. Works against DB_URL, against the embedded database of a running `make run`, or starts the
 * embedded database itself.
 */
public final class ApiKeyCommand {

    private ApiKeyCommand() {
    }

    public static int run(List<String> args) throws SQLException, IOException {
        String role = option(args, "--role");
        String name = option(args, "--name");
        if (role == null || name == null || name.isBlank() || !List.of("editor", "admin").contains(role)) {
            System.err.println("usage: api-key --role editor|admin --name NAME   (make api-key ROLE=admin NAME=alice)");
            return 2;
        }
        EmbeddedPostgres started = null;
        String url;
        String user;
        String password;
        if (EmbeddedDatabase.externalDatabaseConfigured()) {
            url = System.getenv("DB_URL");
            user = envOr("DB_USER", "postgres");
            password = envOr("DB_PASSWORD", "postgres");
        } else {
            Integer runningPort = runningEmbeddedPort();
            if (runningPort == null) {
                started = EmbeddedDatabase.start();
                url = System.getProperty("quarkus.datasource.jdbc.url");
            } else {
                url = "jdbc:postgresql://localhost:" + runningPort + "/postgres";
            }
            user = "postgres";
            password = "postgres";
        }
        try {
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
            String key = ApiKeys.newKey();
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into api_key (name, role, key_prefix, key_hash, created_by) values (?, ?, ?, ?, 'command line') returning id")) {
                insert.setString(1, name.trim());
                insert.setString(2, role);
                insert.setString(3, ApiKeys.displayPrefix(key));
                insert.setString(4, ApiKeys.hash(key));
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                    System.out.println("Created " + role + " key #" + result.getLong(1) + " for '" + name.trim() + "'. It is shown only now:");
                    System.out.println();
                    System.out.println(key);
                    System.out.println();
                    System.out.println("Use it as: curl -H 'Authorization: Bearer " + key + "' ...");
                }
            }
            return 0;
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    /** The port of the embedded PostgreSQL a running `make run` holds, read from its postmaster.pid. */
    static Integer runningEmbeddedPort() throws IOException {
        Path pid = EmbeddedDatabase.dataDirectory().resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pid);
        if (lines.size() < 4) {
            return null;
        }
        long processId = Long.parseLong(lines.get(0).trim());
        if (ProcessHandle.of(processId).map(ProcessHandle::isAlive).orElse(false)) {
            return Integer.parseInt(lines.get(3).trim());
        }
        return null;
    }

    private static String option(List<String> args, String name) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : null;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

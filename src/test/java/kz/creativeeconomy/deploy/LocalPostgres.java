package kz.creativeeconomy.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server from Debian's binaries (/usr/lib/postgresql/15, `apt install postgresql`), for tests that need
 * what the embedded one cannot give: a streaming replica made with pg_basebackup -R, or a server to stop and start.
 * PostgreSQL refuses to run as root, so as root the commands run as the postgres user the package creates.
 */
final class LocalPostgres implements AutoCloseable {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    final Path directory;
    final int port;

    private LocalPostgres(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static boolean available() {
        return Files.isExecutable(BIN.resolve("pg_basebackup")) && Files.isExecutable(BIN.resolve("initdb"));
    }

    /** A new primary as {@link #primary}, or the calling test is skipped on a machine without the binaries. */
    static LocalPostgres primaryWhereInstalled(String name) {
        assumeTrue(available(), "needs Debian's PostgreSQL 15 binaries (apt install postgresql)");
        return primary(name);
    }

    /** A new primary, trusting local connections (replication included), started. */
    static LocalPostgres primary(String name) {
        LocalPostgres server = new LocalPostgres(freshDirectory(name), freePort());
        server.run(BIN.resolve("initdb").toString(), "-D", server.directory.toString(), "-U", "postgres", "-A", "trust",
                "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
        server.start();
        return server;
    }

    /** A hot standby of this server, streaming from it (pg_basebackup -R writes standby.signal and primary_conninfo). */
    LocalPostgres standby(String name) {
        LocalPostgres standby = new LocalPostgres(freshDirectory(name), freePort());
        run(BIN.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres",
                "-D", standby.directory.toString(), "-R", "-X", "stream", "--no-sync");
        standby.start();
        return standby;
    }

    void start() {
        run(BIN.resolve("pg_ctl").toString(), "-D", directory.toString(), "-w", "-t", "60", "-l", directory + "/server.log",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=32MB"
                        + " -c max_connections=60",
                "start");
    }

    /** Stops at once, as a crash or a lost machine would (no checkpoint, connections cut). */
    void kill() {
        run(BIN.resolve("pg_ctl").toString(), "-D", directory.toString(), "-w", "-m", "immediate", "stop");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on port " + port, e);
        }
    }

    String queryOne(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on port " + port, e);
        }
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (RuntimeException alreadyStopped) {
            // Stopped by the test itself.
        }
    }

    private static Path base;

    /**
     * target/local-postgres, or as root a directory of its own under the system temp directory: the postgres user must
     * reach its data directory, and a clone may sit under a directory only root can enter (mktemp -d makes one).
     */
    private static synchronized Path base() throws IOException {
        if (base == null) {
            if (asRoot()) {
                base = Files.createTempDirectory("creative-economy-postgres-");
                Files.setPosixFilePermissions(base, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            } else {
                base = Path.of("target/local-postgres").toAbsolutePath();
            }
        }
        return base;
    }

    private static Path freshDirectory(String name) {
        Path directory;
        try {
            directory = base().resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (Files.exists(directory)) {
                new ProcessBuilder("rm", "-rf", directory.toString()).inheritIO().start().waitFor();
            }
            Files.createDirectories(directory);
            if (asRoot()) {
                // Only the owner may use a data directory; as root that is the postgres user.
                exec(List.of("chown", "postgres:postgres", directory.toString()));
                exec(List.of("chmod", "700", directory.toString()));
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(String... command) {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        exec(full);
    }

    private static void exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}

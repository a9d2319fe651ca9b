package kz.creativeeconomy.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app, built by `mvn package` before the integration tests run) as a process of
 * its own, as it runs in production: several of them, on one database, stopped with SIGTERM.
 */
final class AppProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    // HTTP/1.1: the default HTTP/2 upgrade (h2c) with an explicit Host header is refused as a protocol error.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Path log;
    private final Process process;

    private AppProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar with these environment variables (DB_URL at least) and waits until it is ready. */
    static AppProcess start(String name, Map<String, String> environment) {
        return start(name, environment, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), Path.of("").toAbsolutePath());
    }

    /**
     * Starts the jar with these JVM options instead, from the jar's own directory as `make run` starts it (an AppCDS
     * archive names the jar by its path relative to that directory).
     */
    static AppProcess start(String name, Map<String, String> environment, List<String> jvmOptions) {
        return start(name, environment, jvmOptions, JAR.toAbsolutePath().getParent());
    }

    private static AppProcess start(String name, Map<String, String> environment, List<String> jvmOptions, Path directory) {
        int port = LocalPostgres.freePort();
        Path log = Path.of("target/app-processes", name + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new java.util.ArrayList<>(List.of(javaBinary()));
            command.addAll(jvmOptions);
            Path jar = JAR.toAbsolutePath();
            command.addAll(List.of("-jar", (jar.getParent().equals(directory) ? jar.getFileName() : jar).toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = new HashMap<>(environment);
            env.putIfAbsent("DB_USER", "postgres");
            env.putIfAbsent("DB_PASSWORD", "postgres"); // ignored: the test servers trust local connections
            env.put("PORT", Integer.toString(port));
            // These tests are one client sending thousands of requests: the per-client rate limit is not under test.
            env.putIfAbsent("RATE_LIMIT_PER_MINUTE", "0");
            env.putIfAbsent("RATE_LIMIT_KEY_PER_MINUTE", "0");
            builder.environment().putAll(env);
            AppProcess app = new AppProcess(port, log, builder.start());
            app.awaitReady(Duration.ofSeconds(120));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new API key of this role, made by the jar's own api-key command against the database at dbUrl. */
    static String apiKey(String dbUrl, String role) {
        return unchecked(() -> {
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", JAR.toAbsolutePath().toString(), "api-key",
                    "--role", role, "--name", "integration-test-" + System.nanoTime()).redirectErrorStream(true);
            builder.environment().putAll(Map.of("DB_URL", dbUrl, "DB_USER", "postgres", "DB_PASSWORD", "postgres"));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("api-key failed:\n" + output);
            }
            // The key is the line after "It is shown only now:", alone on its line.
            return output.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.contains(" "))
                    .reduce((first, second) -> second).orElseThrow(() -> new IllegalStateException(output));
        });
    }

    /** A call that reads or waits: its IOException becomes unchecked, an interrupt is kept and ends the test. */
    interface Blocking<T> {
        T call() throws IOException, InterruptedException;
    }

    static <T> T unchecked(Blocking<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops what a test started, in the order given (apps before their databases), each even when another fails to. */
    static void closeAll(AutoCloseable... started) {
        for (AutoCloseable closeable : started) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // Keep stopping the others.
            }
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
    }

    /** An editor's POST of a new source with this id: the smallest write whose row a later read either sees or misses. */
    HttpResponse<String> postSource(String editorKey, String id, String reason) {
        String body = """
                {"id": "%s", "locator": "Table 9", "title": "Test source %s", "publisher": "Test publisher",
                 "url": "https://example.org/%s", "accessed_on": "2025-01-15", "cited_in": "A test publication",
                 "reason": "%s"}""".formatted(id, id, id, reason);
        return send(HttpRequest.newBuilder(URI.create(url("/v1/sources"))).POST(HttpRequest.BodyPublishers.ofString(body)),
                "Content-Type", "application/json", "Authorization", "Bearer " + editorKey);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        return unchecked(() -> HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // Not listening yet.
            }
            sleep(200);
        }
        throw new IllegalStateException("The service was not ready within " + timeout + "; see " + log);
    }

    /** SIGTERM, as Kubernetes stops a pod; returns the exit code. */
    int terminate(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The service did not stop within " + timeout + " of SIGTERM; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

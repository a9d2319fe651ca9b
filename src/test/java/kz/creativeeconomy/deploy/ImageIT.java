package kz.creativeeconomy.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OCI image of `make image` (issue 21.1) started with podman as Kubernetes would: read-only root filesystem, a
 * tmpfs on /tmp, its own user, against a real PostgreSQL. Runs in `make image-test` (building the image takes
 * minutes); skipped when no image was built.
 */
class ImageIT {

    static final String IMAGE = System.getProperty("image", "localhost/creative-economy-api:1.0.0-SNAPSHOT");

    @Test
    void theImageStartsReadOnlyAsItsOwnUserAndIsReadyOnARealDatabase() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/podman")) && run("podman", "image", "exists", IMAGE).exitCode == 0,
                "no image " + IMAGE + ": run make image first");
        assumeTrue(LocalPostgres.available(), "needs Debian's PostgreSQL 15 binaries");
        try (LocalPostgres database = LocalPostgres.primary("image")) {
            int port = LocalPostgres.freePort();
            String name = "creative-economy-image-test-" + ProcessHandle.current().pid();
            Result started = run("podman", "run", "-d", "--rm", "--name", name, "--network", "host", "--read-only", "--tmpfs", "/tmp",
                    "-e", "DB_URL=" + database.jdbcUrl(), "-e", "DB_USER=postgres", "-e", "DB_PASSWORD=", "-e", "PORT=" + port, IMAGE);
            assertEquals(0, started.exitCode, started.output);
            try {
                String ready = awaitReady(port, Duration.ofSeconds(240), name);
                assertTrue(ready.contains("\"status\": \"UP\"") || ready.contains("\"status\":\"UP\""), ready);
                assertEquals("10001", run("podman", "exec", name, "id", "-u").output.trim(), "runs as user 10001");
                Result write = run("podman", "exec", name, "sh", "-c", "touch /app/written");
                assertTrue(write.exitCode != 0 && write.output.contains("Read-only file system"), "root filesystem is read-only: " + write.output);
                String command = run("podman", "exec", name, "cat", "/proc/1/cmdline").output.replace('\0', ' ');
                for (String option : Files.readString(Path.of("deploy/jvm.options")).trim().split("\\s+")) {
                    assertTrue(command.contains(option), "the JVM runs with " + option + " from deploy/jvm.options: " + command);
                }
            } finally {
                Result logs = run("podman", "logs", name);
                Files.writeString(Path.of("target/image-test.log"), logs.output);
                run("podman", "stop", "-t", "30", name);
            }
        }
    }

    private static String awaitReady(int port, Duration timeout, String container) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            if (run("podman", "container", "exists", container).exitCode != 0) {
                throw new AssertionError("the container exited before it was ready");
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + timeout + ": " + last + "\n" + run("podman", "logs", container).output);
    }

    record Result(int exitCode, String output) {
    }

    static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

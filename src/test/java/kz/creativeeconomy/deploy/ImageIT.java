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
 * The OCI image of `make image` (issue 21.1) started as Kubernetes would start it: its entrypoint and user from the
 * image's own configuration, a read-only root filesystem with a tmpfs on /tmp, against a real PostgreSQL. Runs in
 * `make image-test` (building the image takes minutes); skipped when no image was built.
 * <p>
 * With podman when the machine lets it start containers. Where podman cannot (in a sandbox that refuses the
 * container's resource limits), the image's root filesystem is mounted read-only in a mount namespace of its own
 * and the entrypoint started in it with chroot, as the image's user: the same files, user, entrypoint and read-only
 * root, without podman's namespaces for network and processes.
 */
class ImageIT {

    static final String IMAGE = System.getProperty("image", "localhost/creative-economy-api:1.0.0-SNAPSHOT");

    @Test
    void theImageStartsReadOnlyAsItsOwnUserAndIsReadyOnARealDatabase() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/podman")) && run("podman", "image", "exists", IMAGE).exitCode == 0,
                "no image " + IMAGE + ": run make image first");
        assumeTrue(LocalPostgres.available(), "needs Debian's PostgreSQL 15 binaries");
        String user = run("podman", "image", "inspect", "--format", "{{.Config.User}}", IMAGE).output.trim();
        String entrypoint = run("podman", "image", "inspect", "--format", "{{range .Config.Entrypoint}}{{.}} {{end}}", IMAGE).output.trim();
        assertEquals("10001:10001", user, "the image runs as a numeric non-root user");
        try (LocalPostgres database = LocalPostgres.primary("image")) {
            int port = LocalPostgres.freePort();
            List<String> environment = List.of("DB_URL=" + database.jdbcUrl(), "DB_USER=postgres", "DB_PASSWORD=postgres", "PORT=" + port);
            String name = "creative-economy-image-test-" + ProcessHandle.current().pid();
            List<String> podman = new ArrayList<>(List.of("podman", "run", "-d", "--rm", "--name", name, "--network", "host",
                    "--read-only", "--tmpfs", "/tmp"));
            environment.forEach(variable -> podman.addAll(List.of("-e", variable)));
            podman.add(IMAGE);
            Result started = run(podman.toArray(String[]::new));
            boolean withPodman = started.exitCode == 0;
            Process chrooted = null;
            String container = null;
            try {
                long pid;
                if (withPodman) {
                    pid = Long.parseLong(run("podman", "inspect", "--format", "{{.State.Pid}}", name).output.trim());
                } else {
                    assertTrue(started.output.contains("setrlimit"), "podman failed for another reason than this sandbox's limits: " + started.output);
                    container = run("podman", "create", IMAGE).output.trim();
                    String root = run("podman", "mount", container).output.trim();
                    Path mountPoint = Files.createDirectories(Path.of("target/image-root").toAbsolutePath());
                    String script = String.join(" && ", "mount --bind " + root + " " + mountPoint,
                            "mount -o remount,bind,ro " + mountPoint, "mount -t tmpfs tmpfs " + mountPoint + "/tmp",
                            "mount -t proc proc " + mountPoint + "/proc", "mount --bind /dev " + mountPoint + "/dev",
                            "exec chroot --userspec=" + user + " " + mountPoint + " env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "
                                    + String.join(" ", environment) + " " + entrypoint);
                    chrooted = new ProcessBuilder("unshare", "--mount", "--fork", "--kill-child=SIGTERM", "sh", "-c", script)
                            .redirectErrorStream(true).redirectOutput(Path.of("target/image-test.log").toFile()).start();
                    pid = awaitJava(chrooted);
                }
                String ready = awaitReady(port, Duration.ofSeconds(240));
                assertTrue(ready.replace(" ", "").contains("\"status\":\"UP\""), ready);
                String status = Files.readString(Path.of("/proc/" + pid + "/status"));
                assertTrue(status.lines().anyMatch(line -> line.matches("Uid:\\s+10001\\s.*")), "the JVM runs as user 10001:\n" + status);
                String command = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
                assertTrue(command.contains("-jar /app/quarkus-run.jar"), command);
                for (String option : Files.readAllLines(Path.of("deploy/jvm.options")).stream()
                        .filter(line -> line.startsWith("-")).flatMap(line -> java.util.Arrays.stream(line.trim().split("\\s+"))).toList()) {
                    assertTrue(command.contains(option), "the JVM runs with " + option + " from deploy/jvm.options: " + command);
                }
                // The JVM's own view of its root: mounted read-only.
                String rootMount = Files.readString(Path.of("/proc/" + pid + "/mountinfo")).lines()
                        .filter(line -> line.split(" ")[4].equals("/")).reduce((first, last) -> last).orElseThrow();
                assertTrue(rootMount.split(" ")[5].startsWith("ro"), "root filesystem is read-only: " + rootMount);
            } finally {
                if (withPodman) {
                    Files.writeString(Path.of("target/image-test.log"), run("podman", "logs", name).output);
                    run("podman", "stop", "-t", "30", name);
                } else {
                    run("podman", "rm", "-f", name);
                    if (chrooted != null) {
                        chrooted.destroy();
                        chrooted.waitFor(40, TimeUnit.SECONDS);
                        chrooted.destroyForcibly();
                    }
                    if (container != null) {
                        run("podman", "umount", container);
                        run("podman", "rm", container);
                    }
                }
            }
        }
    }

    /** The pid of the JVM the entrypoint execs (a descendant of unshare). */
    private static long awaitJava(Process chrooted) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var java = chrooted.descendants().filter(process -> process.info().command().orElse("").contains("java")).findFirst();
            if (java.isPresent()) {
                return java.get().pid();
            }
            assertTrue(chrooted.isAlive(), "the entrypoint exited; see target/image-test.log");
            Thread.sleep(100);
        }
        throw new AssertionError("no JVM started; see target/image-test.log");
    }

    private static String awaitReady(int port, Duration timeout) throws InterruptedException {
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
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + timeout + ": " + last + "; see target/image-test.log");
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

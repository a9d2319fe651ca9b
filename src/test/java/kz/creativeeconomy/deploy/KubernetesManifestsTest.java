package kz.creativeeconomy.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes manifests of deploy/kubernetes (issue 21.2), rendered overlay by overlay and validated by
 * src/test/js/kubernetes-check.mjs: Kubernetes kinds against kubernetes-models' API schemas, CloudNativePG kinds
 * against the operator's CRDs (src/test/cloudnative-pg, strict about unknown fields as kubectl is), and the
 * rules a schema cannot state. kustomize is emulated by that script for the features the manifests use.
 */
class KubernetesManifestsTest {

    static final Path MANIFESTS = Path.of("deploy/kubernetes");
    /** The CloudNativePG 1.30.0 CRDs, vendored unchanged (src/test/cloudnative-pg/README.md). */
    static final Path CRDS = Path.of("src/test/cloudnative-pg");

    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exitCode, String output) {
    }

    @Test
    void everyOverlayRendersToValidResourcesThatFollowTheRules() throws Exception {
        Result result = check(MANIFESTS);
        assertEquals(0, result.exitCode(), result.output());
        JsonNode summary = JSON.readTree(result.output());
        assertEquals(List.of("national", "small"), fieldNames(summary));
        for (JsonNode overlay : summary) {
            String resources = overlay.get("resources").toString();
            for (String kind : List.of("Deployment/", "Service/", "Ingress/", "HorizontalPodAutoscaler/", "PodDisruptionBudget/",
                    "NetworkPolicy/", "Cluster/", "Pooler/creative-economy-db-pooler-rw", "Pooler/creative-economy-db-pooler-ro",
                    "ScheduledBackup/", "PodMonitor/", "PrometheusRule/")) {
                assertTrue(resources.contains("\"" + kind), kind + " in " + resources);
            }
        }
    }

    @Test
    void theNationalOverlayIsLargerThanTheSmallOne() throws Exception {
        JsonNode small = render("small");
        JsonNode national = render("national");
        assertTrue(find(national, "HorizontalPodAutoscaler").at("/spec/maxReplicas").asInt()
                > find(small, "HorizontalPodAutoscaler").at("/spec/maxReplicas").asInt());
        assertTrue(find(national, "Deployment").at("/spec/replicas").asInt() > find(small, "Deployment").at("/spec/replicas").asInt());
        assertEquals("100Gi", find(national, "Cluster").at("/spec/storage/size").asText());
        assertEquals("creative-economy", find(small, "Deployment").at("/metadata/namespace").asText());
        assertEquals(3, find(small, "Cluster").at("/spec/instances").asInt());
    }

    /** A change to one manifest file: {@code from} must be there, and becomes {@code to}. */
    record Edit(String file, String from, String to) {
    }

    static Stream<Arguments> brokenManifests() {
        return Stream.of(
                Arguments.of("an unknown field in the database cluster is rejected by the operator schema",
                        List.of(new Edit("base/database.yaml", "  instances: 3\n", "  instances: 3\n  replicas: 3\n")),
                        List.of("Cluster/creative-economy-db: /spec must NOT have additional properties")),
                Arguments.of("a wrong type in the deployment is rejected by the Kubernetes schema",
                        List.of(new Edit("base/deployment.yaml", "terminationGracePeriodSeconds: 40", "terminationGracePeriodSeconds: forty")),
                        List.of("terminationGracePeriodSeconds must be integer")),
                Arguments.of("pods that may run as root or read the database directly are rejected",
                        List.of(new Edit("base/deployment.yaml", "runAsNonRoot: true", "runAsNonRoot: false"),
                                new Edit("base/deployment.yaml", "creative-economy-db-pooler-ro:5432", "creative-economy-db-ro:5432")),
                        List.of("pods must set runAsNonRoot", "DB_READ_URL must go through the ro Pooler")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void aBrokenManifestIsRejectedWithWhatIsWrong(String behaviour, List<Edit> edits, List<String> messages, @TempDir Path copy)
            throws Exception {
        copyTree(MANIFESTS, copy);
        for (Edit edit : edits) {
            replace(copy.resolve(edit.file()), edit.from(), edit.to());
        }
        Result result = check(copy);
        assertEquals(1, result.exitCode(), result.output());
        for (String message : messages) {
            assertTrue(result.output().contains(message), result.output());
        }
    }

    private static Result check(Path manifests, String... extra) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("node", "src/test/js/kubernetes-check.mjs",
                manifests.toAbsolutePath().toString(), CRDS.toAbsolutePath().toString()));
        command.addAll(List.of(extra));
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes());
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node finished");
        return new Result(node.exitValue(), output);
    }

    private static JsonNode render(String overlay) throws Exception {
        Result result = check(MANIFESTS, "--print", overlay);
        assertEquals(0, result.exitCode(), result.output());
        return JSON.readTree(result.output());
    }

    private static JsonNode find(JsonNode resources, String kind) {
        for (JsonNode resource : resources) {
            if (resource.get("kind").asText().equals(kind)) {
                return resource;
            }
        }
        throw new AssertionError("no " + kind);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from + " in " + file);
        Files.writeString(file, text.replace(from, to));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}

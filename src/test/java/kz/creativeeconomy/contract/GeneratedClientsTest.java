package kz.creativeeconomy.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients that openapi-generator 7.25.0 made from the committed contract (pom.xml, generate-test-sources: java/native,
 * java/okhttp-gson, typescript-fetch, python) call every public read of this live server with no hand-written change.
 */
@QuarkusTest
class GeneratedClientsTest {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");

    /** The test server on the loopback address (GeneratedJavaClient explains the unresolvable hosts once seen here). */
    private static String baseUrl() {
        return "http://127.0.0.1:" + RestAssured.port;
    }

    private static Set<String> publicReads(PublicReads reads) {
        return reads.reads().stream().map(PublicReads.Read::operationId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The two Java flavours: java.net.http (native) and OkHttp with Gson. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kz.creativeeconomy.clients.nativehttp", "kz.creativeeconomy.clients.okhttp"})
    void javaClientCallsEveryPublicRead(String clientPackage) throws Exception {
        PublicReads reads = PublicReads.of(CONTRACT);
        GeneratedJavaClient client = new GeneratedJavaClient(clientPackage, baseUrl());
        assertEquals(publicReads(reads), new TreeSet<>(client.callEveryPublicRead(reads)));
        client.readsA404AsAProblem(reads);
    }

    @Test
    void typescriptFetchClientCompilesAndCallsEveryPublicRead() throws Exception {
        PublicReads reads = PublicReads.of(CONTRACT);
        Path build = Path.of("target/generated-clients/typescript-build");
        Files.createDirectories(build);
        Files.writeString(build.resolve("package.json"), "{\"type\": \"commonjs\"}"); // the compiled client is CommonJS
        Path readsFile = build.resolve("public-reads.json");
        new ObjectMapper().writeValue(readsFile.toFile(), reads);
        run(List.of("node", "src/test/js/node_modules/typescript/bin/tsc", "-p", "src/test/js/tsconfig.clients.json"));
        String output = run(List.of("node", build.resolve("src/test/js/clients/check-typescript-client.js").toString(), baseUrl(), readsFile.toString()));
        List<?> called = new ObjectMapper().readTree(output.substring(output.indexOf('{'))).get("called").traverse(new ObjectMapper()).readValueAs(List.class);
        assertEquals(publicReads(reads), new TreeSet<>(called.stream().map(String::valueOf).toList()));
    }

    @Test
    void pythonClientIsGeneratedAndCompiles() throws Exception {
        Path python = Path.of("target/generated-clients/python/creative_economy_client");
        assertTrue(Files.isDirectory(python.resolve("api")), "no generated Python client");
        try {
            new ProcessBuilder("python3", "--version").start().waitFor();
        } catch (java.io.IOException noPython) {
            return; // generated only: CI has no Python packages (no PyPI), so the client is not run
        }
        run(List.of("python3", "-m", "compileall", "-q", python.toString()));
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }
}

package kz.creativeeconomy.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Swagger UI still renders in a real browser under its Content-Security-Policy: its scripts and styles are allowed. */
@QuarkusTest
class SwaggerUiPageTest {

    @Test
    void swaggerUiRendersTheOperationsInHeadlessChromiumWithoutAnyBlockedScriptOrStyle() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
        Path log = profile.resolve("chromium.log");
        Process chromium = new ProcessBuilder(List.of("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000", "--dump-dom",
                "http://localhost:" + RestAssured.port + "/q/swagger-ui/"))
                .redirectError(log.toFile()).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, chromium.exitValue());
        String console = Files.readString(log);
        assertTrue(dom.contains("Creative Economy of Kazakhstan API"), "the contract's title is rendered: " + dom.substring(0, Math.min(dom.length(), 2000)));
        assertTrue(dom.contains("opblock") && dom.contains("/v1/regions"), "the operations are rendered");
        for (String blocked : List.of("Refused to execute", "Refused to load the script", "Refused to load the stylesheet", "Refused to apply")) {
            assertFalse(console.contains(blocked), "the page policy blocked something Swagger UI needs: " + console);
        }
    }
}

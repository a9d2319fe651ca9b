package kz.creativeeconomy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The readers of src/test/js: a script that reads what the API wrote with a real library of that format (installed
 * by `make test`) and prints what the library understood, for a test to compare with the JSON API.
 */
public final class NodeReaders {

    private NodeReaders() {
    }

    /** Runs {@code src/test/js/<script>} on the arguments; fails the test unless it ends in time and with exit 0. */
    public static String run(String script, String library, int timeoutSeconds, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "src/test/js/" + script));
        command.addAll(List.of(arguments));
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(timeoutSeconds, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), library + " failed (run `make test`, which installs the readers): " + output);
        return output;
    }
}

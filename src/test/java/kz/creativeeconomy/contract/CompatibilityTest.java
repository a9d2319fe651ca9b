package kz.creativeeconomy.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import java.util.Properties;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The compatibility gate: the committed contract against the last released one (openapi/released/v1.yaml), with
 * OpenAPITools openapi-diff. A change that would break a client built against the release fails the build; such a
 * change belongs in /v2. openapi/released/accepted-changes.properties lists, with reasons, the classes of change this
 * release makes on purpose. After a release, copy openapi/openapi.yaml over the baseline and empty that file.
 */
class CompatibilityTest {

    @Test
    void contractBreaksNoClientOfTheReleasedV1() throws Exception {
        String released = Files.readString(Path.of("openapi/released/v1.yaml"));
        String current = Files.readString(Path.of("openapi/openapi.yaml"));
        OpenApiDiffOptions.Builder options = OpenApiDiffOptions.builder();
        Properties accepted = new Properties();
        try (java.io.Reader reader = Files.newBufferedReader(Path.of("openapi/released/accepted-changes.properties"))) {
            accepted.load(reader);
        }
        accepted.stringPropertyNames().forEach(name -> options.configProperty(name, accepted.getProperty(name)));
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current, null, options.build());
        String report = "";
        if (diff.isIncompatible()) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.OutputStreamWriter out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
                new MarkdownRender().render(diff, out);
            }
            report = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
        assertFalse(diff.isIncompatible(), "openapi/openapi.yaml breaks clients of the released /v1 contract:\n" + report);
    }
}

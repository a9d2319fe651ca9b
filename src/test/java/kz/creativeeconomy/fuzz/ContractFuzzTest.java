package kz.creativeeconomy.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kz.creativeeconomy.support.Keys;
import kz.creativeeconomy.support.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * A contract-driven fuzzer: requests built from every operation and parameter of openapi/openapi.yaml, each parameter
 * left out, valid (its example or an allowed value) or hostile ({@link HostileValues}), with odd Accept and
 * Accept-Language headers, sent byte for byte on a socket. No answer may be a 5xx, every 4xx must be a problem, every
 * 2xx must match the contract. Writes are sent without a key, with a made-up one, or with a real key but a stale
 * If-Match or a body that can never be valid, so the shared test data never changes.
 * <p>
 * {@code make test} runs 2,000 requests with a fixed seed; {@code make fuzz} 100,000 with a random one
 * (-Dfuzz.count, -Dfuzz.seed=random or a number; a failure prints the seed to reproduce it).
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long DEFAULT_SEED = 20_261_206L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Keys keys;

    @Test
    void noInputGetsA5xxEvery4xxIsAProblemAndEvery2xxMatchesTheContract() throws Exception {
        int count = Integer.getInteger("fuzz.count", 2000);
        String seedProperty = System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED));
        long seed = seedProperty.equals("random") ? new Random().nextLong() : Long.parseLong(seedProperty);
        System.out.println("Contract fuzz: " + count + " requests, seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        HostileValues hostile = new HostileValues(random);
        ContractOperations contract = ContractOperations.read(Path.of("openapi/openapi.yaml"));
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(contract.spec())
                .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build()).build();
        String editorKey = keys.editor();
        List<String> failures = new ArrayList<>();
        int[] byClass = new int[6];
        for (int n = 0; n < count; n++) {
            ContractOperations.Operation operation = contract.operations().get(n % contract.operations().size());
            Sent sent = request(operation, random, hostile, editorKey);
            RawHttp.Answer answer;
            try {
                answer = RawHttp.send(sent.method(), sent.target(), sent.headers(), sent.body());
            } catch (RuntimeException e) {
                failures.add(sent + " -> no answer: " + e.getMessage());
                continue;
            }
            byClass[answer.status() / 100]++;
            String failure = check(operation, sent, answer, validator);
            if (failure != null && failures.size() < 25) {
                failures.add(failure);
            }
        }
        System.out.printf("Contract fuzz: 2xx %d, 3xx %d, 4xx %d, 5xx %d%n", byClass[2], byClass[3], byClass[4], byClass[5]);
        assertTrue(failures.isEmpty(), "seed " + seed + ": " + failures.size() + " bad answer(s):\n" + String.join("\n\n", failures));
        assertTrue(byClass[2] > count / 20, "enough requests were valid to test the 2xx side too: " + byClass[2]);
    }

    record Sent(String method, String target, String headers, byte[] body) {
        @Override
        public String toString() {
            String shown = target.length() > 300 ? target.substring(0, 300) + "...(" + target.length() + " chars)" : target;
            return method + " " + shown + " [" + headers.replace("\r\n", "; ") + "]" + (body == null ? "" : " body " + body.length + " bytes");
        }
    }

    private static Sent request(ContractOperations.Operation operation, Random random, HostileValues hostile, String editorKey) {
        // a quarter of the requests are well-formed, so that the 2xx side is checked against the contract often enough
        boolean clean = random.nextInt(4) == 0;
        String path = operation.template();
        StringBuilder query = new StringBuilder();
        StringBuilder headers = new StringBuilder();
        for (ContractOperations.Parameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", !clean && random.nextInt(3) == 0 ? hostile.urlValue() : encode(valid(parameter, random)));
                case "query" -> {
                    int copies = random.nextInt(2) == 0 ? 0 : parameter.repeatable() && random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
                    for (int i = 0; i < copies; i++) {
                        String value = clean || random.nextBoolean() ? encode(valid(parameter, random)) : hostile.urlValue();
                        query.append(query.length() == 0 ? "" : "&").append(parameter.name()).append('=').append(value);
                    }
                }
                case "header" -> {
                    if (random.nextInt(3) == 0 && !parameter.name().equals("Accept-Language")) {
                        headers.append(parameter.name()).append(": ").append(headerValue(parameter.name(), random)).append("\r\n");
                    }
                }
                default -> {
                }
            }
        }
        switch (clean ? 99 : random.nextInt(12)) {
            case 0 -> query.append(query.length() == 0 ? "" : "&").append("fuzz_unknown=1");
            case 1 -> query.append(query.length() == 0 ? "" : "&").append(hostile.urlValue()).append('=').append(hostile.urlValue());
            case 2 -> query.append(query.length() == 0 ? "" : "&").append("%zz=%");
            default -> {
            }
        }
        if (random.nextInt(3) > 0) {
            headers.append("Accept: ").append(clean ? List.of("application/json", "text/csv", "*/*").get(random.nextInt(3)) : hostile.accept()).append("\r\n");
        }
        if (random.nextInt(3) > 0) {
            headers.append("Accept-Language: ").append(clean ? List.of("en", "ru", "kk").get(random.nextInt(3)) : hostile.acceptLanguage()).append("\r\n");
        }
        byte[] body = null;
        if (operation.writes()) {
            int who = random.nextInt(3);
            if (who == 1) {
                headers.append("Authorization: Bearer cek_").append(hostile.cursor()).append("\r\n");
            } else if (who == 2) {
                headers.append("Authorization: Bearer ").append(editorKey).append("\r\n");
                if (!headers.toString().contains("If-Match")) {
                    // a stale data version: no write can succeed, so the shared test data never changes
                    headers.append("If-Match: \"0-fuzz\"\r\n");
                }
            }
            if (operation.hasBody()) {
                boolean csv = random.nextBoolean();
                headers.append("Content-Type: ").append(csv ? "text/csv" : random.nextInt(8) == 0 ? "text/plain" : "application/json").append("\r\n");
                body = hostile.body(csv);
            }
        }
        String target = query.length() == 0 ? path : path + "?" + query;
        return new Sent(operation.method(), target, headers.toString(), body);
    }

    /** A value the contract allows: an enum member, the parameter's example, or a plausible one for its type. */
    private static String valid(ContractOperations.Parameter parameter, Random random) {
        List<String> allowed = parameter.enumeration();
        if (!allowed.isEmpty()) {
            return allowed.get(random.nextInt(allowed.size()));
        }
        if (parameter.example() != null && random.nextInt(4) > 0) {
            return parameter.example();
        }
        return switch (parameter.name()) {
            case "limit" -> String.valueOf(1 + random.nextInt(1000));
            case "lang" -> List.of("en", "ru", "kk").get(random.nextInt(3));
            case "from", "to", "year" -> String.valueOf(2015 + random.nextInt(12));
            case "region", "code_or_slug", "parent" -> List.of("abai", "631010000", "east-kazakhstan", "kz").get(random.nextInt(4));
            case "indicator", "code" -> List.of("creative-gva", "gross-product", "cultural-organisations").get(random.nextInt(3));
            case "period" -> List.of("2023", "2022", "2023-Q1", "2023-03").get(random.nextInt(4));
            case "as_of", "valid_on" -> "2025-01-01";
            default -> "x";
        };
    }

    private static String headerValue(String name, Random random) {
        return switch (name) {
            case "If-Match", "If-None-Match" -> List.of("\"0-fuzz\"", "*", "W/\"1-abc\"", "garbage", "\"\"").get(random.nextInt(5));
            case "If-Modified-Since" -> List.of("Mon, 01 Jan 2001 00:00:00 GMT", "yesterday", "", "Sun, 31 Dec 9999 23:59:59 GMT").get(random.nextInt(4));
            default -> "x";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What is wrong with this answer, or null. */
    private static String check(ContractOperations.Operation operation, Sent sent, RawHttp.Answer answer, OpenApiInteractionValidator validator) {
        int status = answer.status();
        if (status >= 500) {
            return sent + "\n  -> " + status + " " + answer.body();
        }
        String type = answer.header("Content-Type");
        if (status >= 400) {
            if (type == null || !type.startsWith("application/problem+json")) {
                return sent + "\n  -> " + status + " without a problem (Content-Type " + type + "): " + abbreviate(answer.body());
            }
            try {
                JsonNode problem = JSON.readTree(answer.body());
                if (problem.path("status").asInt() != status || !problem.path("type").asText().startsWith("urn:creative-economy:problem:")) {
                    return sent + "\n  -> " + status + " with a problem that does not say so: " + abbreviate(answer.body());
                }
            } catch (java.io.IOException e) {
                return sent + "\n  -> " + status + " with a body that is not JSON: " + abbreviate(answer.body());
            }
            return null;
        }
        if (status >= 200 && status < 300) {
            SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(answer.body());
            answer.headers().forEach(response::withHeader);
            if (type != null) {
                response.withContentType(type);
            }
            String path = sent.target().contains("?") ? sent.target().substring(0, sent.target().indexOf('?')) : sent.target();
            ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(operation.method()), response.build());
            if (report.hasErrors()) {
                return sent + "\n  -> " + status + " not as the contract says: " + report.getMessages() + "\n  " + abbreviate(answer.body());
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}

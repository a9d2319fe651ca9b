package kz.creativeeconomy.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;

/** RestAssured requests whose responses are checked against the committed contract openapi/openapi.yaml. */
public final class Api {

    /** Numbers are read as BigDecimal: a double would hide exactly the errors these tests look for. */
    public static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private static OpenApiValidationFilter contract;

    private Api() {
    }

    public static synchronized RequestSpecification given() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        if (contract == null) {
            try {
                String spec = Files.readString(Path.of("openapi/openapi.yaml"));
                contract = new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                        // Requests are checked by the API itself (tests send bad ones on purpose); responses by the contract.
                        .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                        .build());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("The committed contract openapi/openapi.yaml cannot be read", e);
            }
        }
        return RestAssured.given().config(EXACT_NUMBERS).filter(contract);
    }

    /** A request not checked against the contract, for paths the contract does not describe on purpose. */
    public static RequestSpecification raw() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        return RestAssured.given().config(EXACT_NUMBERS);
    }
}

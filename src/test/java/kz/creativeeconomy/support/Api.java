package kz.creativeeconomy.support;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/** RestAssured requests whose responses are checked against the committed contract openapi/openapi.yaml. */
public final class Api {

    /** Numbers are read as BigDecimal: a double would hide exactly the errors these tests look for. */
    public static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private static ContractValidator strict;
    private static ContractValidator lenient;

    private Api() {
    }

    /**
     * A request whose response must be in the contract: a documented operation, status and media type, and a body
     * valid against the documented schema. Requests are checked by the API itself (tests send bad ones on purpose).
     */
    public static synchronized RequestSpecification given() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        if (strict == null) {
            strict = validator(true);
        }
        return RestAssured.given().config(EXACT_NUMBERS).filter(strict);
    }

    /**
     * A request that may leave the contract on purpose (an unknown path or method, a status the test provokes): its
     * response is still checked whenever the contract documents that operation and status.
     */
    public static synchronized RequestSpecification raw() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        if (lenient == null) {
            lenient = validator(false);
        }
        return RestAssured.given().config(EXACT_NUMBERS).filter(lenient);
    }

    private static ContractValidator validator(boolean strictly) {
        try {
            return new ContractValidator(Path.of("openapi/openapi.yaml"), strictly);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The committed contract openapi/openapi.yaml cannot be read", e);
        }
    }
}

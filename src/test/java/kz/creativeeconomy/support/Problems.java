package kz.creativeeconomy.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** What every error response of the API is: RFC 9457 problem+json with this API's type URNs, never a stack trace. */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", startsWith("urn:creative-economy:problem:"))
                .body("title", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    /** A 400 for a bad query parameter: the invalid-parameter problem names the parameter and says why it was refused. */
    public static ValidatableResponse assertInvalidParameter(ValidatableResponse response, String name, String reason) {
        return assertProblem(response, 400)
                .body("type", equalTo("urn:creative-economy:problem:invalid-parameter"))
                .body("invalid_params[0].name", equalTo(name))
                .body("invalid_params[0].reason", containsString(reason));
    }
}

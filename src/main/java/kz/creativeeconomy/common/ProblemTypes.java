package kz.creativeeconomy.common;

/** The stable problem type URIs of the API. Clients may switch on them; they never change within /v1. */
public final class ProblemTypes {
    private static final String PREFIX = "urn:creative-economy:problem:";
    public static final String INVALID_PARAMETER = PREFIX + "invalid-parameter";
    public static final String UNKNOWN_PARAMETER = PREFIX + "unknown-parameter";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";
    public static final String NOT_ACCEPTABLE = PREFIX + "not-acceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
    public static final String BAD_REQUEST = PREFIX + "bad-request";
    public static final String VALIDATION_FAILED = PREFIX + "validation-failed";
    public static final String UNAUTHORIZED = PREFIX + "unauthorized";
    public static final String FORBIDDEN = PREFIX + "forbidden";
    public static final String PRECONDITION_FAILED = PREFIX + "precondition-failed";
    public static final String PRECONDITION_REQUIRED = PREFIX + "precondition-required";
    public static final String PAYLOAD_TOO_LARGE = PREFIX + "payload-too-large";
    public static final String CONFLICT = PREFIX + "conflict";
    public static final String INTERNAL = PREFIX + "internal-error";
    public static final String UNAVAILABLE = PREFIX + "service-unavailable";
    public static final String TOO_MANY_REQUESTS = PREFIX + "too-many-requests";
    public static final String URI_TOO_LONG = PREFIX + "uri-too-long";
    public static final String HEADERS_TOO_LARGE = PREFIX + "headers-too-large";
    public static final String CROSS_ORIGIN_WRITE = PREFIX + "cross-origin-write";

    private ProblemTypes() {
    }
}

package kz.creativeeconomy.common;

import java.util.List;

/** Thrown anywhere in a request to end it with a problem+json response. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.InvalidParam> invalidParams;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.invalidParams = invalidParams;
        this.errors = null;
    }

    public ProblemException(int status, String type, String title, String detail, List<Problem.InvalidParam> invalidParams,
                            List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.invalidParams = invalidParams;
        this.errors = errors;
    }

    /** 422: the body was understood but some fields are not acceptable; one entry per field. */
    public static ProblemException invalidBody(List<Problem.FieldError> errors) {
        return new ProblemException(422, ProblemTypes.VALIDATION_FAILED, "Validation failed",
                errors.size() + " field(s) are not acceptable; see errors. Nothing was changed.", null, errors);
    }

    public static ProblemException invalidParameter(String name, String reason, String allowed) {
        return new ProblemException(400, ProblemTypes.INVALID_PARAMETER, "Invalid query parameter",
                "Parameter '" + name + "': " + reason + ". Allowed: " + allowed + ".",
                List.of(new Problem.InvalidParam(name, reason, allowed)));
    }

    public static ProblemException notFound(String what, String id, String hint) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Resource not found",
                "No " + what + " '" + id + "'. " + hint, null);
    }

    /**
     * The numeric id in a path. One that is not a number names nothing, so it is the same 404 as an unknown id; hint says
     * where the ids come from.
     */
    public static long numericId(String what, String id, String hint) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notFound(what, id, hint);
        }
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, invalidParams, errors);
    }
}

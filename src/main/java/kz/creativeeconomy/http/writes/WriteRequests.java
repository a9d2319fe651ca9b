package kz.creativeeconomy.http.writes;

import kz.creativeeconomy.http.caching.DataVersion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.editing.FieldChecks;

/**
 * What every write shares: strict JSON bodies (unknown fields are rejected, decimals stay exact), the If-Match
 * precondition against the data version, and the transaction settings the revision trigger reads.
 */
@ApplicationScoped
public class WriteRequests {

    /** Strict: an unknown field is an error, so a typo in a field name cannot be silently ignored. */
    static final ObjectMapper STRICT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @Inject
    EntityManager entityManager;
    @Inject
    DataVersion dataVersion;

    public <T> T parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, ProblemTypes.BAD_REQUEST, "Empty body", "This operation needs a JSON object body.", null);
        }
        try {
            T value = STRICT.readValue(body, type);
            if (value == null) {
                // the body "null" parses to no object at all
                throw new ProblemException(400, ProblemTypes.BAD_REQUEST, "Empty body", "This operation needs a JSON object body, not null.", null);
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String allowed = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            throw ProblemException.invalidBody(List.of(new Problem.FieldError(null, e.getPropertyName(), "unknown field", allowed)));
        } catch (InvalidFormatException e) {
            throw ProblemException.invalidBody(List.of(new Problem.FieldError(null, path(e), "'" + echo(e.getValue()) + "' has the wrong type",
                    expected(e.getTargetType()))));
        } catch (MismatchedInputException e) {
            throw ProblemException.invalidBody(List.of(new Problem.FieldError(null, path(e), "has the wrong type", expected(e.getTargetType()))));
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, ProblemTypes.BAD_REQUEST, "Malformed JSON",
                    "The body is not valid JSON: " + e.getOriginalMessage(), null);
        }
    }

    /** What a field of this Java type accepts, in the words of the JSON a client writes. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "see the contract";
        }
        if (type == LocalDate.class) {
            return "an ISO 8601 date such as 2024-05-31";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a decimal number such as 25049.9";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "see the contract";
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /**
     * Checks If-Match inside the write transaction. ETags are "version-hash"; a write may proceed when the client's
     * tag carries the current data version, i.e. it read what it is changing after the last change. Locking the
     * version row serialises writers, so of two writers holding the same tag only the first succeeds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireCurrent(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
                    "Send If-Match with the ETag of your last GET of this resource, so a concurrent change is not overwritten.", null);
        }
        long current = ((Number) entityManager.createNativeQuery("select version from data_version where id = 1 for update")
                .getSingleResult()).longValue();
        List<String> tags = new ArrayList<>();
        for (String tag : ifMatch.split(",")) {
            tags.add(tag.trim());
        }
        if (tags.contains("*")) {
            return;
        }
        for (String tag : tags) {
            String bare = tag.startsWith("W/") ? tag.substring(2) : tag;
            bare = bare.replace("\"", "");
            int dash = bare.indexOf('-');
            String version = dash < 0 ? bare : bare.substring(0, dash);
            if (version.equals(String.valueOf(current))) {
                return;
            }
        }
        throw new ProblemException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "The data changed since the ETag in If-Match was issued. GET the resource again and retry with its new ETag. Nothing was changed.", null);
    }

    /**
     * Who and why, for the revision trigger of this transaction. It also takes the data-version row before the write
     * touches any observation: every writer (If-Match checks, imports) takes that row first, and one lock order means
     * an import and a single-row write wait for each other instead of deadlocking.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void describeChange(String actor, String reason, Long importId) {
        entityManager.createNativeQuery("select version from data_version where id = 1 for update").getSingleResult();
        entityManager.createNativeQuery("select set_config('app.actor', :actor, true), set_config('app.reason', :reason, true), "
                        + "set_config('app.import_id', :import, true)")
                .setParameter("actor", actor).setParameter("reason", reason == null ? "" : reason)
                .setParameter("import", importId == null ? "" : importId.toString()).getResultList();
    }

    /** After a commit: make the new data version visible to this instance's validators at once. */
    public void changed() {
        dataVersion.invalidate();
    }

    /** A value sent back in a field error, cut to a key's length: an error never carries a client's megabytes back. */
    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= FieldChecks.KEY_LENGTH ? text : text.substring(0, FieldChecks.KEY_LENGTH) + "…";
    }

    public static void requireReason(String reason, List<Problem.FieldError> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(new Problem.FieldError(null, "reason", "is required", "a short text saying why the data changes"));
        } else if (reason.length() > FieldChecks.REASON_LENGTH) {
            errors.add(new Problem.FieldError(null, "reason", "is longer than " + FieldChecks.REASON_LENGTH + " characters",
                    "at most " + FieldChecks.REASON_LENGTH + " characters"));
        }
    }
}

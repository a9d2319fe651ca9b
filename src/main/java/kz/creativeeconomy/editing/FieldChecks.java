package kz.creativeeconomy.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.http.writes.WriteRequests;

/**
 * Validates the fields of one request body and collects every problem, so a client learns about all its mistakes in
 * one 422 answer instead of one per attempt. Each check returns the value to store (blank optional text becomes null).
 */
public final class FieldChecks {

    /** The ids, slugs and codes of the catalogues (the check constraints of V1__schema.sql). */
    public static final String KEBAB_CASE_REGEX = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final Pattern KEBAB_CASE = Pattern.compile(KEBAB_CASE_REGEX);
    /** Vocabulary words such as organisation types and event kinds. */
    public static final String SNAKE_CASE_REGEX = "^[a-z0-9]+(_[a-z0-9]+)*$";
    public static final Pattern SNAKE_CASE = Pattern.compile(SNAKE_CASE_REGEX);
    public static final int KEY_LENGTH = 100;
    public static final int NAME_LENGTH = 500;
    public static final int TEXT_LENGTH = 10_000;
    /** The bounds below are the request-body schemas' maxLength too (the Input records), so contract and server agree. */
    public static final int REASON_LENGTH = 500;
    public static final int URL_LENGTH = 2_000;
    public static final int FOOTNOTE_LENGTH = 2_000;
    /** An ISO 8601 date, 2025-09-12. */
    public static final int DATE_LENGTH = 10;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public void add(String field, String reason, String allowed) {
        errors.add(new Problem.FieldError(null, field, reason, allowed));
    }

    public boolean failed(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    /** Ends the request with 422 when any field was rejected. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidBody(List.copyOf(errors));
        }
    }

    public String requiredText(String field, String value, int maxLength, String allowed) {
        if (value == null || value.isBlank()) {
            add(field, "is required", allowed);
            return null;
        }
        return withinLength(field, value, maxLength);
    }

    public String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return withinLength(field, value, maxLength);
    }

    private String withinLength(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            add(field, "is longer than " + maxLength + " characters", "at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** A public key such as a slug or an id: lower-case words joined by hyphens. */
    public String kebabCase(String field, String value, String example) {
        String allowed = "lower-case letters and digits in words joined by single hyphens, at most " + KEY_LENGTH + " characters, such as " + example;
        if (value == null || value.isBlank()) {
            add(field, "is required", allowed);
            return null;
        }
        if (value.length() > KEY_LENGTH || !KEBAB_CASE.matcher(value).matches()) {
            add(field, "'" + value + "' is not kebab-case", allowed);
            return null;
        }
        return value;
    }

    /** A word of an open vocabulary (organisation type, event kind): lower-case words joined by underscores. */
    public String snakeCase(String field, String value, String examples) {
        String allowed = "lower-case letters and digits in words joined by single underscores, such as " + examples;
        if (value == null || value.isBlank()) {
            add(field, "is required", allowed);
            return null;
        }
        if (value.length() > KEY_LENGTH || !SNAKE_CASE.matcher(value).matches()) {
            add(field, "'" + value + "' is not snake_case", allowed);
            return null;
        }
        return value;
    }

    public String oneOf(String field, String value, List<String> allowed, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "is required", "one of " + String.join(", ", allowed));
            }
            return null;
        }
        if (!allowed.contains(value)) {
            add(field, "unknown value '" + value + "'", "one of " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    public Integer integer(String field, Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "is required", "an integer from " + min + " to " + max);
            }
            return null;
        }
        if (value < min || value > max) {
            add(field, value + " is out of range", "an integer from " + min + " to " + max);
            return null;
        }
        return value;
    }

    /** An absolute http or https address. */
    public String url(String field, String value) {
        String url = optionalText(field, value, URL_LENGTH);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        add(field, "'" + url + "' is not an absolute http(s) URL", "an address such as https://stat.gov.kz/ru/region/vko/");
        return null;
    }

    /** Texts of a list: every entry must be a non-blank text; a missing list is an empty one. */
    public List<String> texts(String field, List<String> values, int maxLength) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                add(field + "[" + i + "]", "is blank", "a non-blank text of at most " + maxLength + " characters");
            } else if (value.length() > maxLength) {
                add(field + "[" + i + "]", "is longer than " + maxLength + " characters", "at most " + maxLength + " characters");
            } else {
                kept.add(value);
            }
        }
        return kept;
    }

    /** The reason every write must give (kept in the audit log). */
    public void reason(String reason) {
        WriteRequests.requireReason(reason, errors);
    }

    /**
     * Resolves a reference to another resource by its public key; an unknown key is a field error. Null when the
     * field is empty (an error if it is required) or unknown.
     */
    public <T> T reference(String field, String key, boolean required, Function<String, Optional<T>> find, String allowed) {
        if (key == null || key.isBlank()) {
            if (required) {
                add(field, "is required", allowed);
            }
            return null;
        }
        if (key.length() > KEY_LENGTH) {
            add(field, "is longer than " + KEY_LENGTH + " characters", allowed + ", at most " + KEY_LENGTH + " characters");
            return null;
        }
        T found = find.apply(key).orElse(null);
        if (found == null) {
            add(field, "unknown " + field.replace('_', ' ') + " '" + key + "'", allowed);
        }
        return found;
    }

    /**
     * On update the public key is optional in the body, but when it is sent it must be the current one: clients link
     * to it, so it never changes.
     */
    public void unchanged(String field, String sent, String current, String what) {
        if (sent != null && !Objects.equals(sent, current)) {
            add(field, "is the public key of the " + what + " and cannot change",
                    "'" + current + "' or leave it out; to rename, create a new " + what + " and delete this one");
        }
    }

    /**
     * The public key of a body: checked as kebab-case when creating (current is null), and on update optional but
     * never different from the current one. Returns the key the row has or will have.
     */
    public String publicKey(String field, String sent, String current, String example, String what) {
        if (current == null) {
            return kebabCase(field, sent, example);
        }
        unchanged(field, sent, current, what);
        return current;
    }

    /** A name in English (required) with its optional Russian and Kazakh forms, as most catalogues have. */
    public record Names(String en, String ru, String kk) {
    }

    public Names names(String en, String ru, String kk, String allowedEnglish) {
        return new Names(requiredText("name_en", en, NAME_LENGTH, allowedEnglish), optionalText("name_ru", ru, NAME_LENGTH),
                optionalText("name_kk", kk, NAME_LENGTH));
    }
}

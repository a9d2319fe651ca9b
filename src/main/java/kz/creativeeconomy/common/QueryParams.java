package kz.creativeeconomy.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parsing of query parameters with problem+json errors that name the parameter and what is allowed. */
public final class QueryParams {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private QueryParams() {
    }

    /** Values of a repeatable parameter, each of which may also be a comma-separated list. Blank entries are ignored. */
    public static List<String> list(List<String> raw) {
        Set<String> values = new LinkedHashSet<>();
        if (raw != null) {
            for (String entry : raw) {
                for (String part : entry.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            }
        }
        return new ArrayList<>(values);
    }

    public static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
            throw ProblemException.invalidParameter("limit", "'" + raw + "' is out of range", "an integer from 1 to " + MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("limit", "'" + raw + "' is not an integer", "an integer from 1 to " + MAX_LIMIT);
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "'" + raw + "' is not a date", "an ISO 8601 date such as 2024-01-31");
        }
    }

    public static Integer integer(String name, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // falls through
        }
        throw ProblemException.invalidParameter(name, "'" + raw + "' is not allowed", "an integer from " + min + " to " + max);
    }

    /** The value if it is one of the allowed ones, or a 400 listing them. */
    public static String oneOf(String name, String raw, List<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (!allowed.contains(value)) {
            throw ProblemException.invalidParameter(name, "unknown value '" + value + "'", "one of " + String.join(", ", allowed));
        }
        return value;
    }

    public static List<String> allOf(String name, List<String> raw, List<String> allowed) {
        List<String> values = list(raw);
        values.forEach(v -> oneOf(name, v, allowed));
        return values;
    }

    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw ProblemException.invalidParameter(name, "the text is longer than " + maxLength + " characters", "at most " + maxLength + " characters");
        }
        return raw.trim();
    }
}

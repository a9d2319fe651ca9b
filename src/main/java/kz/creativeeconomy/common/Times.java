package kz.creativeeconomy.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

public final class Times {

    private Times() {
    }

    /** A timestamp column as read by a native query, whatever type the driver chose. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return Instant.parse(value.toString());
    }

    /** An instant query parameter: an ISO 8601 instant (2025-06-01T00:00:00Z) or a date (start of that day, UTC). */
    public static Instant parseInstant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw ProblemException.invalidParameter(name, "'" + raw + "' is not an instant",
                        "an ISO 8601 instant with offset such as 2025-06-01T00:00:00Z, or a date such as 2025-06-01 (midnight UTC)");
            }
        }
    }
}

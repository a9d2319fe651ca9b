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
                // A + typed into a URL arrives as a space: 2026-12-08T09:00:00+05:00 reads as "...T09:00:00 05:00".
                int space = value.lastIndexOf(' ');
                boolean plusAsSpace = space > 0 && value.indexOf('T') > 0 && value.substring(space + 1).matches("\\d{2}(:?\\d{2})?");
                throw ProblemException.invalidParameter(name, "'" + raw + "' is not an instant"
                                + (plusAsSpace ? " (a + in a URL's query is read as a space: write it as %2B, as in "
                                        + value.substring(0, space) + "%2B" + value.substring(space + 1) + ")" : ""),
                        "an ISO 8601 instant with offset such as 2025-06-01T00:00:00Z, or a date such as 2025-06-01 (midnight UTC)");
            }
        }
    }
}

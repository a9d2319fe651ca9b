package kz.creativeeconomy.readreplica;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the read-only datasource ("read") on exactly when {@code DB_READ_URL} is set, and gives it credentials:
 * {@code DB_READ_USER}/{@code DB_READ_PASSWORD}, else those of the primary. A configuration source because Quarkus
 * wants a boolean for {@code quarkus.datasource.read.active} and application.properties cannot test whether a variable
 * is set (and a nested default over an empty {@code DB_PASSWORD} left the password unresolvable, stopping the start);
 * at the lowest ordinal, so an explicit setting still wins.
 */
public final class ReplicaSwitch implements ConfigSource {

    static final String ACTIVE = "quarkus.datasource.read.active";
    static final String USER = "quarkus.datasource.read.username";
    static final String PASSWORD = "quarkus.datasource.read.password";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(ACTIVE, getValue(ACTIVE), USER, getValue(USER), PASSWORD, getValue(PASSWORD));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(ACTIVE, USER, PASSWORD);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case ACTIVE -> Boolean.toString(set("DB_READ_URL"));
            case USER -> first("DB_READ_USER", "DB_USER");
            case PASSWORD -> first("DB_READ_PASSWORD", "DB_PASSWORD");
            default -> null;
        };
    }

    /** The first of these variables that is set, else application.properties' default for the primary. */
    private static String first(String variable, String fallback) {
        return set(variable) ? System.getenv(variable) : set(fallback) ? System.getenv(fallback) : "postgres";
    }

    private static boolean set(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }

    @Override
    public String getName() {
        return "read replica on when DB_READ_URL is set";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}

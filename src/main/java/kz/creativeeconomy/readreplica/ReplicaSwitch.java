package kz.creativeeconomy.readreplica;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the read-only datasource ("read") on exactly when {@code DB_READ_URL} is set. A configuration source because
 * Quarkus wants a boolean for {@code quarkus.datasource.read.active} and application.properties cannot test whether a
 * variable is set; at the lowest ordinal, so an explicit setting still wins.
 */
public final class ReplicaSwitch implements ConfigSource {

    static final String ACTIVE = "quarkus.datasource.read.active";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(ACTIVE, getValue(ACTIVE));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(ACTIVE);
    }

    @Override
    public String getValue(String propertyName) {
        if (!ACTIVE.equals(propertyName)) {
            return null;
        }
        String url = System.getenv("DB_READ_URL");
        return Boolean.toString(url != null && !url.isBlank());
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

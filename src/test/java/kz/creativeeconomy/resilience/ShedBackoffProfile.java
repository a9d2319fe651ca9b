package kz.creativeeconomy.resilience;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link OutageProfile} with a long pause after a shed answer (ShedBackoffTest), and queue and statement timeouts longer
 * than a test, so that the queue stays full until the test releases it.
 */
public class ShedBackoffProfile extends OutageProfile {

    static final long BACKOFF_MILLIS = 1500;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("api.overload.shed-backoff", BACKOFF_MILLIS + "ms");
        config.put("api.overload.queue-timeout", "15s");
        config.put("api.overload.overflow-queue-timeout", "15s");
        config.put("api.database.statement-timeout", "20s");
        return config;
    }
}

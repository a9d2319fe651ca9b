package kz.creativeeconomy.resilience;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link OutageProfile} with the overflow timeout of the load shedding on (OverflowTest): while the queue overflows, no
 * request waits for a worker longer than {@link #OVERFLOW_WAIT_MILLIS}. The queue and statement timeouts are long, so
 * that whatever is shed within a second was shed by the overflow timeout.
 */
public class OverflowProfile extends OutageProfile {

    static final long OVERFLOW_WAIT_MILLIS = 500;
    static final long QUEUE_TIMEOUT_MILLIS = 5000;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("api.overload.queue-timeout", QUEUE_TIMEOUT_MILLIS + "ms");
        config.put("api.overload.overflow-queue-timeout", OVERFLOW_WAIT_MILLIS + "ms");
        config.put("api.database.statement-timeout", "10s");
        return config;
    }
}

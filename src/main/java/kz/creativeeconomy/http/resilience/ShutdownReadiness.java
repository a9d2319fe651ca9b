package kz.creativeeconomy.http.resilience;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN from the moment SIGTERM starts the shutdown delay, so the balancer stops sending requests while those in flight
 * finish. It replaces Quarkus's own graceful-shutdown check (disabled in application.properties), which is synchronous and
 * so ran on a worker: with every worker busy, readiness waited for one, which is exactly when it must answer at once.
 */
@Readiness
@ApplicationScoped
public class ShutdownReadiness implements AsyncHealthCheck {

    private volatile boolean shuttingDown;

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        shuttingDown = true;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        HealthCheckResponse response = shuttingDown
                ? HealthCheckResponse.down("Graceful Shutdown")
                : HealthCheckResponse.up("Graceful Shutdown");
        return Uni.createFrom().item(response);
    }
}

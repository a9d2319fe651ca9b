package kz.creativeeconomy.http.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * /q/health/ready from the probe's last answer, so it never waits for the database. It replaces Quarkus's datasource
 * check, which borrowed a pooled connection and took up to the acquisition timeout (5.9 s) to say DOWN.
 */
// On the event loop: readiness must answer while every worker is busy (that is when it matters).
@io.smallrye.common.annotation.NonBlocking
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Database").withData("last_answer", monitor.lastReachable().toString());
        if (monitor.reachable()) {
            return response.up().build();
        }
        String failure = monitor.lastFailure();
        return response.down().withData("failure", failure == null ? "no answer" : failure).build();
    }
}

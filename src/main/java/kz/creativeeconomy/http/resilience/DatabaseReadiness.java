package kz.creativeeconomy.http.resilience;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * /q/health/ready from the probe's last answer, so it never waits for the database. It replaces Quarkus's datasource
 * check, which borrowed a pooled connection and took up to the acquisition timeout (5.9 s) to say DOWN. Asynchronous, so
 * that it is answered on the event loop: readiness must answer while every worker is busy, which is when it matters.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    @Inject
    DatabaseMonitor monitor;

    @Override
    public Uni<HealthCheckResponse> call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Database").withData("last_answer", monitor.lastReachable().toString());
        if (monitor.reachable()) {
            return Uni.createFrom().item(response.up().build());
        }
        String failure = monitor.lastFailure();
        return Uni.createFrom().item(response.down().withData("failure", failure == null ? "no answer" : failure).build());
    }
}

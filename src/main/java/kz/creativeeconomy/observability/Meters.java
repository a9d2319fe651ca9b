package kz.creativeeconomy.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The service's own meters at /q/metrics, beside those Quarkus provides (HTTP requests, JDBC pools, JVM) and the
 * response cache's (ResponseCache, cache_gets_total{cache="responses"}). Named here in one place so the dashboard and
 * the alert rules in deploy/monitoring have one list to follow. Counters start at zero at startup: a rate over a
 * counter that appears only at its first increment misses that first event.
 */
@ApplicationScoped
public class Meters {

    /** Requests refused by the rate limiter: whoever implements the limit calls {@link #rateLimitRejected()}. */
    public static final String RATE_LIMIT_REJECTIONS = "api.rate_limit.rejections";
    public static final String IMPORTS = "api.imports";
    public static final String IMPORTED_ROWS = "api.imports.rows";
    /** Admission to the workers (kz.creativeeconomy.http.resilience.WorkerAdmission registers these). */
    public static final String ADMISSION_RUNNING = "api.admission.running";
    public static final String ADMISSION_WAITING = "api.admission.waiting";
    public static final String ADMISSION_SHED = "api.admission.shed";

    private final Counter rateLimitRejections;
    private final Counter importsApplied;
    private final Counter importsDryRun;
    private final Counter importsRejected;
    private final Counter importedRowsInserted;
    private final Counter importedRowsUpdated;

    @Inject
    public Meters(MeterRegistry registry) {
        rateLimitRejections = Counter.builder(RATE_LIMIT_REJECTIONS)
                .description("Requests answered 429 by the rate limiter").register(registry);
        importsApplied = imports(registry, "applied");
        importsDryRun = imports(registry, "dry_run");
        importsRejected = imports(registry, "rejected");
        importedRowsInserted = rows(registry, "insert");
        importedRowsUpdated = rows(registry, "update");
    }

    private static Counter imports(MeterRegistry registry, String outcome) {
        return Counter.builder(IMPORTS).tag("outcome", outcome)
                .description("Imports (POST /v1/imports) by outcome: applied, dry_run, or rejected with a problem").register(registry);
    }

    private static Counter rows(MeterRegistry registry, String action) {
        return Counter.builder(IMPORTED_ROWS).tag("action", action)
                .description("Observation rows written by applied imports").register(registry);
    }

    /** Requests answered 503 at once by the admission, by reason: queue_full, queue_timeout or overflow_wait. */
    public static Counter shed(MeterRegistry registry, String reason) {
        return Counter.builder(ADMISSION_SHED).tag("reason", reason)
                .description("Requests shed with 503 and Retry-After because every worker was busy").register(registry);
    }

    public void rateLimitRejected() {
        rateLimitRejections.increment();
    }

    public void importApplied(long inserted, long updated) {
        importsApplied.increment();
        importedRowsInserted.increment(inserted);
        importedRowsUpdated.increment(updated);
    }

    public void importDryRun() {
        importsDryRun.increment();
    }

    public void importRejected() {
        importsRejected.increment();
    }
}

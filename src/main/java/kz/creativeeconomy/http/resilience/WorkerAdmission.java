package kz.creativeeconomy.http.resilience;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kz.creativeeconomy.observability.Meters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Load shedding in front of the REST layer: at most {@code WORKER_THREADS} requests run at once (one per connection; the
 * worker pool keeps two threads more for /q/metrics, which is never held here), and a request that finds them all busy
 * waits here, on the event loop, for at most {@code REQUEST_QUEUE_TIMEOUT} (1 s) before it is answered 503 with
 * Retry-After. Without it a request waited in the executor's unbounded queue for as long as the workers were
 * stuck: with one table locked, an unrelated {@code GET /v1/regions} waited 18.8 s behind reads of the locked table.
 * <p>
 * It runs after {@link kz.creativeeconomy.http.caching.CachedResponses}, so a response the cache holds never waits for a worker;
 * /q/ (health, contract, Swagger UI) is never held back. Waiting requests are admitted in arrival order as running ones
 * end (but see adaptive LIFO below). The request stays paused meanwhile (Quarkus pauses it until a handler reads the
 * body), so an upload waits too.
 * <p>
 * The queue is short ({@code REQUEST_QUEUE_LENGTH}, default {@value #WAITING_PER_WORKER} per worker): a request that finds
 * it full is shed at once, without waiting. The queue timeout alone shed nothing under plain overload: at 200 connections
 * every request waited about 90 ms, under the timeout, and everyone was slow (issue 23, point 5). With three waiting per
 * worker, the bench's 32 connections on 8 workers are all admitted, and beyond that the excess is answered 503 at once.
 * <p>
 * Adaptive LIFO: while the queue overflows (a request was shed for a full queue within the queue timeout), a free worker
 * takes the newest waiting request instead of the oldest. First come, first served, every admitted request waited behind
 * a full queue while the CPU that shedding takes slowed each of them: the served p99 at four times the connections was
 * four to ten times that of normal load. Newest first, a served request waits about one service time; the oldest wait out
 * the queue timeout and are shed, as they would have been. When the overflow stops, order is first come again (the
 * queueing discipline of Facebook's "Fail at Scale", ACM Queue 13(8), 2015).
 * <p>
 * With it, the paper's other half, a controlled delay (CoDel): while the queue overflows, no request waits longer than
 * {@code REQUEST_OVERFLOW_QUEUE_TIMEOUT} (20 ms). A request that arrives at a full queue whose oldest has waited longer takes
 * that one's place, and a worker that comes free sheds every request that has waited longer before it takes the newest.
 * Without it, a request buried under newer ones was still served when two workers came free at once, after waiting up to the
 * queue timeout: at four times the bench's connections the served p99 was 290 ms, with it 170-180 ms, and 40 % more
 * requests were served (the CPU went to answers instead of to requests that were shed after all).
 * <p>
 * A shed request's connection is not read again for {@code REQUEST_SHED_BACKOFF} ({@link ShedBackoff}).
 */
@ApplicationScoped
public class WorkerAdmission {

    /** After CachedResponses (50): answers from memory come first. */
    static final int PRIORITY = 40;
    /** Default length of the queue per worker: a request waits for at most about three others' time on its worker. */
    static final int WAITING_PER_WORKER = 3;

    private final int workers;
    private final long queueTimeoutMillis;
    private final long overflowWaitNanos;
    private final int maxWaiting;
    private final long shedBackoffMillis;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private int running;
    /** System.nanoTime() of the last request shed for a full queue; meaningful once {@link #overflowed} is set. */
    private long lastOverflow;
    private boolean overflowed;
    private final AtomicInteger shed = new AtomicInteger();
    private final Counter shedQueueFull;
    private final Counter shedQueueTimeout;
    private final Counter shedOverflowWait;

    WorkerAdmission(@ConfigProperty(name = "api.overload.workers") int workers,
                    @ConfigProperty(name = "api.overload.queue-timeout", defaultValue = "1s") Duration queueTimeout,
                    @ConfigProperty(name = "api.overload.max-waiting") OptionalInt maxWaiting,
                    @ConfigProperty(name = "api.overload.overflow-queue-timeout", defaultValue = "20ms") Duration overflowWait,
                    @ConfigProperty(name = "api.overload.shed-backoff", defaultValue = "20ms") Duration shedBackoff,
                    MeterRegistry registry) {
        this.workers = workers;
        this.queueTimeoutMillis = Math.max(1, queueTimeout.toMillis());
        this.overflowWaitNanos = Math.max(0, overflowWait.toNanos());
        this.maxWaiting = Math.max(0, maxWaiting.orElse(WAITING_PER_WORKER * workers));
        this.shedBackoffMillis = Math.max(0, shedBackoff.toMillis());
        Gauge.builder(Meters.ADMISSION_RUNNING, this, WorkerAdmission::running)
                .description("Requests holding a worker now (at most " + workers + ")").register(registry);
        Gauge.builder(Meters.ADMISSION_WAITING, this, WorkerAdmission::waiting)
                .description("Requests waiting for a worker now (at most " + this.maxWaiting + ")").register(registry);
        shedQueueFull = Meters.shed(registry, "queue_full");
        shedQueueTimeout = Meters.shed(registry, "queue_timeout");
        shedOverflowWait = Meters.shed(registry, "overflow_wait");
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    /** A request waiting for a worker: admitted or shed, whichever comes first, exactly once. */
    private static final class Waiting {
        final RoutingContext routing;
        final Context context;
        final AtomicBoolean decided = new AtomicBoolean();
        final long since = System.nanoTime();
        long timer;

        Waiting(RoutingContext routing, Context context) {
            this.routing = routing;
            this.context = context;
        }
    }

    void handle(RoutingContext routing) {
        if (!needsWorker(routing)) {
            routing.next();
            return;
        }
        Waiting request = null;
        Waiting stale = null;
        boolean full = false;
        synchronized (this) {
            if (running < workers) {
                running++;
            } else {
                if (waiting.size() >= maxWaiting) {
                    overflowed = true;
                    lastOverflow = System.nanoTime();
                    // The oldest has waited past the overflow timeout: it is shed, and this newer request takes its place.
                    if (!waiting.isEmpty() && lastOverflow - waiting.peekFirst().since > overflowWaitNanos) {
                        stale = waiting.pollFirst();
                    }
                }
                if (waiting.size() < maxWaiting) {
                    request = new Waiting(routing, Vertx.currentContext());
                    waiting.addLast(request);
                } else {
                    full = true;
                }
            }
        }
        shedStale(stale);
        if (full) {
            shed(routing, shedQueueFull, "every worker was busy and " + maxWaiting + " requests were already waiting for one");
        } else if (request == null) {
            run(routing);
        } else {
            Waiting queued = request;
            queued.timer = routing.vertx().setTimer(queueTimeoutMillis, id -> {
                if (queued.decided.compareAndSet(false, true)) {
                    synchronized (this) {
                        waiting.remove(queued);
                    }
                    shed(queued.routing, shedQueueTimeout, "every worker stayed busy for " + queueTimeoutMillis + " ms");
                }
            });
        }
    }

    private static boolean needsWorker(RoutingContext routing) {
        String path = routing.normalizedPath();
        return routing.request().method() != HttpMethod.OPTIONS && path != null && !path.startsWith("/q/");
    }

    private void run(RoutingContext routing) {
        if (routing.response().closed()) {
            release(); // the client left while it waited: no end handler would ever give the worker back
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        routing.addEndHandler(ended -> {
            if (released.compareAndSet(false, true)) {
                release();
            }
        });
        routing.next();
    }

    /** A running request ended: its worker goes to the longest waiting request, if any. */
    private void release() {
        while (true) {
            Waiting next;
            List<Waiting> stale = List.of();
            synchronized (this) {
                if (overflowing()) {
                    stale = pollStale();
                    next = waiting.pollLast();
                } else {
                    next = waiting.pollFirst();
                }
                if (next == null) {
                    running--;
                }
            }
            stale.forEach(this::shedStale);
            if (next == null) {
                return;
            }
            if (next.decided.compareAndSet(false, true)) {
                Waiting admitted = next;
                admitted.routing.vertx().cancelTimer(admitted.timer);
                admitted.context.runOnContext(v -> run(admitted.routing));
                return;
            }
        }
    }

    /** The requests that have waited past the overflow timeout, oldest first, taken off the queue (holding the lock). */
    private List<Waiting> pollStale() {
        List<Waiting> stale = null;
        long now = System.nanoTime();
        while (!waiting.isEmpty() && now - waiting.peekFirst().since > overflowWaitNanos) {
            if (stale == null) {
                stale = new ArrayList<>();
            }
            stale.add(waiting.pollFirst());
        }
        return stale == null ? List.of() : stale;
    }

    /** Sheds a request taken off the queue for having waited too long while it overflowed, on its own event loop. */
    private void shedStale(Waiting stale) {
        if (stale != null && stale.decided.compareAndSet(false, true)) {
            stale.routing.vertx().cancelTimer(stale.timer);
            stale.context.runOnContext(v -> shed(stale.routing, shedOverflowWait, "the server was over capacity and the request waited "
                    + TimeUnit.NANOSECONDS.toMillis(overflowWaitNanos) + " ms for a worker"));
        }
    }

    /** Whether a request was shed for a full queue within the last queue timeout (called holding the lock). */
    private boolean overflowing() {
        return overflowed && System.nanoTime() - lastOverflow < queueTimeoutMillis * 1_000_000L;
    }

    private void shed(RoutingContext routing, Counter reason, String why) {
        shed.incrementAndGet();
        reason.increment();
        Unavailable.write(routing.response(), "The server is at capacity: " + why
                + ". Nothing was done. Retry after the time given in Retry-After.", routing.normalizedPath());
        ShedBackoff.pause(routing, shedBackoffMillis);
    }

    /** Requests shed since the start, for tests and the readiness data. */
    public int shedCount() {
        return shed.get();
    }

    /** Requests that may run at once ({@code WORKER_THREADS}, one per connection by default). */
    public int workers() {
        return workers;
    }

    public synchronized int running() {
        return running;
    }

    /** Requests waiting for a worker now. */
    public synchronized int waiting() {
        return waiting.size();
    }
}

package kz.creativeeconomy.http.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A cap on whole-result exports running at once ({@code EXPORT_MAX_CONCURRENT}, default a quarter of the workers, at least
 * one). An export holds a worker and a connection for as long as the client reads, so without a cap a few slow downloads
 * would hold every worker; one over the cap is answered 503 with Retry-After at once instead of waiting for a slot.
 */
@ApplicationScoped
public class ExportSlots {

    private final int capacity;
    private final Semaphore slots;

    ExportSlots(@ConfigProperty(name = "api.export.max-concurrent") OptionalInt configured,
                @ConfigProperty(name = "api.overload.workers") int workers) {
        this.capacity = configured.orElse(Math.max(1, workers / 4));
        this.slots = new Semaphore(capacity);
    }

    /** A slot held until {@link Slot#close()}; or 503 when every slot is taken. */
    public Slot take() {
        if (!slots.tryAcquire()) {
            throw new ServiceUnavailableException(capacity + " export(s) are running, the most this server runs at once. "
                    + "Nothing was done. Retry after the time given in Retry-After, or fetch pages of at most 1000 rows.");
        }
        return new Slot();
    }

    /**
     * 200 streaming a whole-result export of the given type while it holds a slot: taken before the body is made (503
     * when every slot is taken), released when the stream ends, or at once when making the body fails.
     */
    public Response.ResponseBuilder streaming(Supplier<StreamingOutput> body, String type) {
        Slot slot = take();
        try {
            StreamingOutput export = body.get();
            return Response.ok((StreamingOutput) output -> {
                try (slot) {
                    export.write(output);
                }
            }, type);
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
    }

    /** Released once, however many times it is closed. */
    public final class Slot implements AutoCloseable {
        private final AtomicBoolean open = new AtomicBoolean(true);

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}

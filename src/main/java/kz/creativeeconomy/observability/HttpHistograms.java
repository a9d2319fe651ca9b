package kz.creativeeconomy.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.LongStream;

/**
 * Request durations as a Prometheus histogram (http_server_requests_seconds_bucket, by route, method and status), so
 * p99 can be computed across pods with histogram_quantile. Fixed buckets around the service's range (a cached page
 * in well under a millisecond, an export in seconds) rather than Micrometer's ~70 default ones per route and status.
 */
@Singleton
public class HttpHistograms {

    static final long[] BUCKET_MILLIS = {1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        double[] buckets = LongStream.of(BUCKET_MILLIS).mapToDouble(millis -> Duration.ofMillis(millis).toNanos()).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(buckets).build().merge(config);
            }
        };
    }
}

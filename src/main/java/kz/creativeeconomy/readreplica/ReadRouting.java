package kz.creativeeconomy.readreplica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Which database a piece of work reads from. With {@code DB_READ_URL} set, anonymous GETs and HEADs read from the
 * replica while it answers ({@link ReplicaMonitor}); writes, imports and every request that carries credentials use
 * the primary ({@code DB_URL}), so an editor reads what they just wrote. Without {@code DB_READ_URL} everything uses
 * the primary. Hibernate follows this through {@link ReplicaTenants}; plain JDBC readers call {@link #forCurrentRequest()}.
 */
@ApplicationScoped
public class ReadRouting {

    /** The name of the read-only datasource in application.properties. */
    public static final String READ_DATASOURCE = "read";

    @Inject
    AgroalDataSource primary;
    @Inject
    @DataSource(READ_DATASOURCE)
    Instance<AgroalDataSource> replica;
    @Inject
    ReplicaMonitor monitor;

    /** The primary (DB_URL): writes, and the truth replicas follow. */
    public AgroalDataSource primary() {
        return primary;
    }

    /** The replica (DB_READ_URL); only when it is configured. */
    AgroalDataSource replica() {
        return replica.get();
    }

    /** The datasource for the request being served (the primary outside a request). */
    public AgroalDataSource forCurrentRequest() {
        return currentRequestMayUseReplica() ? replica() : primary;
    }

    /** The datasource anonymous reads use right now, request or not (the data version, which ETags derive from). */
    public AgroalDataSource forAnonymousReads() {
        return monitor.up() ? replica() : primary;
    }

    boolean currentRequestMayUseReplica() {
        if (!monitor.up() || !Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext context = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (context == null) {
            return false;
        }
        HttpMethod method = context.request().method();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD)
                && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
    }
}

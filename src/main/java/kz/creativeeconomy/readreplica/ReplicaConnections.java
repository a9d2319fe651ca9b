package kz.creativeeconomy.readreplica;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/** The connections of each {@link ReplicaTenants} tenant: the default datasource (DB_URL) or "read" (DB_READ_URL). */
@PersistenceUnitExtension
@ApplicationScoped
public class ReplicaConnections implements TenantConnectionResolver {

    @Inject
    ReadRouting routing;

    private volatile ConnectionProvider primary;
    private volatile ConnectionProvider replica;

    @Override
    public ConnectionProvider resolve(String tenant) {
        if (ReplicaTenants.REPLICA.equals(tenant)) {
            if (replica == null) {
                replica = new QuarkusConnectionProvider(routing.replica());
            }
            return replica;
        }
        if (primary == null) {
            primary = new QuarkusConnectionProvider(routing.primary());
        }
        return primary;
    }
}

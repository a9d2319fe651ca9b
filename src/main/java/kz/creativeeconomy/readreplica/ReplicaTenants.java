package kz.creativeeconomy.readreplica;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hibernate's side of {@link ReadRouting}: the persistence unit is "multi-tenant" by database with two tenants, the
 * primary and the replica, chosen when a session opens. Hibernate's multi-tenancy is the hook Quarkus offers for
 * choosing a datasource per session; there are no tenants in the usual sense.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReplicaTenants implements TenantResolver {

    static final String PRIMARY = "primary";
    static final String REPLICA = "replica";

    @Inject
    ReadRouting routing;

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return routing.currentRequestMayUseReplica() ? REPLICA : PRIMARY;
    }
}

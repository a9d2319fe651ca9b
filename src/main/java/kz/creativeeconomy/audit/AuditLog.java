package kz.creativeeconomy.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import kz.creativeeconomy.auth.Caller;

/** Records every write: who, what, when, and the import it belonged to. Joins the caller's transaction. */
@ApplicationScoped
public class AuditLog {

    public record Entry(long id, Instant at, String actor, Long apiKeyId, String method, String path, String entity,
                        String entityId, Long importId, String summary) {
    }

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller.Identity who, String method, String path, String entity, String entityId, Long importId, String summary) {
        entityManager.createNativeQuery("""
                insert into audit_log (actor, api_key_id, method, path, entity, entity_id, import_id, summary)
                values (:actor, :key, :method, :path, :entity, :entityId, :importId, :summary)""")
                .setParameter("actor", who.name()).setParameter("key", who.keyId()).setParameter("method", method)
                .setParameter("path", path).setParameter("entity", entity).setParameter("entityId", entityId)
                .setParameter("importId", importId).setParameter("summary", summary).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Entry> list(Long afterId, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, at, actor, api_key_id, method, path, entity, entity_id, import_id, summary
                from audit_log where id > :after order by id limit :limit""")
                .setParameter("after", afterId == null ? 0L : afterId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), kz.creativeeconomy.common.Times.instant(r[1]), (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9])).toList();
    }
}

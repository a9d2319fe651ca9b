package kz.creativeeconomy.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyService {

    public record StoredKey(long id, String name, Role role, String keyPrefix, Instant createdAt, String createdBy, Instant revokedAt) {
    }

    public record NewKey(StoredKey stored, String key) {
    }

    private final EntityManager entityManager;

    ApiKeyService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public NewKey create(String name, Role role, String createdBy) {
        String key = ApiKeys.newKey();
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                insert into api_key (name, role, key_prefix, key_hash, created_by) values (:name, :role, :prefix, :hash, :by)
                returning id, created_at""")
                .setParameter("name", name).setParameter("role", role.name()).setParameter("prefix", ApiKeys.displayPrefix(key))
                .setParameter("hash", ApiKeys.hash(key)).setParameter("by", createdBy).getSingleResult();
        return new NewKey(new StoredKey(((Number) row[0]).longValue(), name, role, ApiKeys.displayPrefix(key), instant(row[1]), createdBy, null), key);
    }

    /** The identity behind a key, if the key exists and is not revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller.Identity> authenticate(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, name, role from api_key where key_hash = :hash and revoked_at is null")
                .setParameter("hash", ApiKeys.hash(key)).getResultList();
        return rows.stream().findFirst().map(r -> new Caller.Identity(((Number) r[0]).longValue(), (String) r[1], Role.valueOf((String) r[2])));
    }

    /** Name of every active key, by the hash of its secret (what {@link KnownKeys} keeps in memory). Called off any request too. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.Map<String, String> activeNamesByHash() {
        List<Object[]> rows = entityManager.createNativeQuery("select key_hash, name from api_key where revoked_at is null").getResultList();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        rows.forEach(r -> names.put((String) r[0], (String) r[1]));
        return java.util.Map.copyOf(names);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<StoredKey> list() {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select id, name, role, key_prefix, created_at, created_by, revoked_at from api_key order by id").getResultList();
        return rows.stream().map(ApiKeyService::stored).toList();
    }

    @Transactional
    public Optional<StoredKey> revoke(long id) {
        entityManager.createNativeQuery("update api_key set revoked_at = now() where id = :id and revoked_at is null")
                .setParameter("id", id).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select id, name, role, key_prefix, created_at, created_by, revoked_at from api_key where id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(ApiKeyService::stored);
    }

    private static StoredKey stored(Object[] r) {
        return new StoredKey(((Number) r[0]).longValue(), (String) r[1], Role.valueOf((String) r[2]), (String) r[3],
                instant(r[4]), (String) r[5], instant(r[6]));
    }

    static Instant instant(Object value) {
        return kz.creativeeconomy.common.Times.instant(value);
    }
}

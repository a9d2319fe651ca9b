package kz.creativeeconomy.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import kz.creativeeconomy.common.Times;

/** Reads the change feed that the triggers of V16__change_feed.sql write. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeed {

    @Inject
    EntityManager entityManager;

    /** Up to {@code limit} entries after the given position, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Change> after(long position, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select l.position, l.kind, l.item_key, l.operation, c.committed_at, c.data_version
                from change_log l join change_commit c on c.tx = l.tx
                where l.position > :position order by l.position limit :limit""")
                .setParameter("position", position).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Change(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                Times.instant(r[4]), ((Number) r[5]).longValue())).toList();
    }

    /** The position just before the first entry committed at or after the instant (so "after" it starts there). */
    public long positionBefore(Instant instant) {
        Object first = entityManager.createNativeQuery("""
                select min(position) from change_log
                where tx = (select tx from change_commit where committed_at >= :at order by committed_at limit 1)""")
                .setParameter("at", instant.atOffset(java.time.ZoneOffset.UTC)).getSingleResult();
        return first == null ? latestPosition() : ((Number) first).longValue() - 1;
    }

    /** The highest committed position, 0 when the feed is empty. */
    public long latestPosition() {
        Object latest = entityManager.createNativeQuery("select coalesce(max(position), 0) from change_log").getSingleResult();
        return ((Number) latest).longValue();
    }
}

package kz.creativeeconomy.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.editing.FieldChecks;
import kz.creativeeconomy.http.writes.WriteRequests;
import kz.creativeeconomy.period.PeriodCode;

/** Creates, revises and deletes observations. Each change leaves a revision (trigger) and an audit entry. */
@ApplicationScoped
public class ObservationWriter {

    @Inject
    EntityManager entityManager;
    @Inject
    WriteRequests writes;
    @Inject
    AuditLog audit;

    record Keys(Integer indicatorId, Integer regionId, Integer periodId) {
    }

    @Transactional
    public long create(ObservationInput input, Caller.Identity who, String path) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer indicatorId = idOf("select id from indicator where code = :v", input.indicator(), "indicator", "an indicator code listed by /v1/indicators", errors);
        Integer regionId = idOf("select id from region where code = :v or slug = :v", input.region(), "region", "a region code or slug listed by /v1/regions", errors);
        PeriodCode period = null;
        if (input.period() == null) {
            errors.add(new Problem.FieldError(null, "period", "is required", PeriodCode.FORMS));
        } else if (!longerThanAKey("period", input.period(), errors)) {
            period = PeriodCode.parse(input.period()).orElse(null);
            if (period == null) {
                errors.add(new Problem.FieldError(null, "period", "'" + input.period() + "' is not a period code", PeriodCode.FORMS));
            }
        }
        checkBreakdown(input.breakdownDimension(), input.breakdownMember(), errors);
        checkState(input.value(), input.status(), input.footnote(), input.source(), errors);
        WriteRequests.requireReason(input.reason(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidBody(errors);
        }
        int periodId = ensurePeriod(period);
        writes.describeChange(who.name(), input.reason(), null);
        @SuppressWarnings("unchecked")
        List<Object[]> existing = entityManager.createNativeQuery("""
                select id, deleted_at is not null from observation where indicator_id = :i and region_id = :r and period_id = :p
                and breakdown_dimension is not distinct from :d and breakdown_member is not distinct from :m""")
                .setParameter("i", indicatorId).setParameter("r", regionId).setParameter("p", periodId)
                .setParameter("d", input.breakdownDimension()).setParameter("m", input.breakdownMember()).getResultList();
        long id;
        if (!existing.isEmpty()) {
            id = ((Number) existing.get(0)[0]).longValue();
            if (!(Boolean) existing.get(0)[1]) {
                throw new ProblemException(409, ProblemTypes.CONFLICT, "Already exists",
                        "Observation " + id + " already has this indicator, region, period and breakdown. Revise it with PUT /v1/observations/" + id + ".", null);
            }
            entityManager.createNativeQuery("""
                    update observation set value = :value, status = :status, footnote = :footnote, source_id = :source,
                    deleted_at = null, updated_at = now() where id = :id""")
                    .setParameter("value", input.value()).setParameter("status", input.status()).setParameter("footnote", input.footnote())
                    .setParameter("source", input.source()).setParameter("id", id).executeUpdate();
        } else {
            id = ((Number) entityManager.createNativeQuery("""
                    insert into observation (indicator_id, region_id, period_id, period_start, breakdown_dimension, breakdown_member,
                                             value, status, footnote, source_id)
                    values (:i, :r, :p, :start, :d, :m, :value, :status, :footnote, :source) returning id""")
                    .setParameter("i", indicatorId).setParameter("r", regionId).setParameter("p", periodId).setParameter("start", period.start())
                    .setParameter("d", input.breakdownDimension()).setParameter("m", input.breakdownMember())
                    .setParameter("value", input.value()).setParameter("status", input.status()).setParameter("footnote", input.footnote())
                    .setParameter("source", input.source()).getSingleResult()).longValue();
        }
        audit.record(who, "POST", path, "observation", String.valueOf(id), null,
                "created " + input.indicator() + " / " + input.region() + " / " + input.period() + " = " + input.value().toPlainString());
        return id;
    }

    @Transactional
    public void update(long id, ObservationChange change, String ifMatch, Caller.Identity who, String path) {
        requireLive(id);
        List<Problem.FieldError> errors = new ArrayList<>();
        checkState(change.value(), change.status(), change.footnote(), change.source(), errors);
        WriteRequests.requireReason(change.reason(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidBody(errors);
        }
        writes.requireCurrent(ifMatch);
        writes.describeChange(who.name(), change.reason(), null);
        entityManager.createNativeQuery("""
                update observation set value = :value, status = :status, footnote = :footnote, source_id = :source, updated_at = now()
                where id = :id""")
                .setParameter("value", change.value()).setParameter("status", change.status()).setParameter("footnote", change.footnote())
                .setParameter("source", change.source()).setParameter("id", id).executeUpdate();
        audit.record(who, "PUT", path, "observation", String.valueOf(id), null, "revised to " + change.value().toPlainString() + " (" + change.status() + ")");
    }

    @Transactional
    public void delete(long id, String reason, String ifMatch, Caller.Identity who, String path) {
        requireLive(id);
        List<Problem.FieldError> errors = new ArrayList<>();
        WriteRequests.requireReason(reason, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidBody(errors);
        }
        writes.requireCurrent(ifMatch);
        writes.describeChange(who.name(), reason, null);
        entityManager.createNativeQuery("update observation set deleted_at = now(), updated_at = now() where id = :id")
                .setParameter("id", id).executeUpdate();
        audit.record(who, "DELETE", path, "observation", String.valueOf(id), null, "deleted (tombstone): " + reason);
    }

    private void requireLive(long id) {
        Number count = (Number) entityManager.createNativeQuery("select count(*) from observation where id = :id and deleted_at is null")
                .setParameter("id", id).getSingleResult();
        if (count.intValue() == 0) {
            throw ProblemException.notFound("observation", String.valueOf(id), "Use an id listed by /v1/observations.");
        }
    }

    private Integer idOf(String sql, String value, String field, String allowed, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(null, field, "is required", allowed));
            return null;
        }
        if (longerThanAKey(field, value, errors)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery(sql).setParameter("v", value).getResultList();
        if (ids.isEmpty()) {
            errors.add(new Problem.FieldError(null, field, "unknown " + field + " '" + value + "'", allowed));
            return null;
        }
        return ((Number) ids.get(0)).intValue();
    }

    void checkBreakdown(String dimension, String member, List<Problem.FieldError> errors) {
        if (dimension == null && member == null) {
            return;
        }
        if (longerThanAKey("breakdown_dimension", dimension, errors) | longerThanAKey("breakdown_member", member, errors)) {
            return;
        }
        if (dimension == null || member == null) {
            errors.add(new Problem.FieldError(null, dimension == null ? "breakdown_dimension" : "breakdown_member", "is missing",
                    "both breakdown_dimension and breakdown_member, or neither (a total)"));
            return;
        }
        Number count = (Number) entityManager.createNativeQuery("select count(*) from breakdown_member where dimension_code = :d and code = :m")
                .setParameter("d", dimension).setParameter("m", member).getSingleResult();
        if (count.intValue() == 0) {
            errors.add(new Problem.FieldError(null, "breakdown_member", "unknown breakdown '" + dimension + ":" + member + "'",
                    "a dimension and member used by /v1/observations?breakdown=..."));
        }
    }

    /** Codes are at most FieldChecks.KEY_LENGTH long (the contract's maxLength); a longer one is not echoed back. */
    private static boolean longerThanAKey(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.length() <= FieldChecks.KEY_LENGTH) {
            return false;
        }
        errors.add(new Problem.FieldError(null, field, "is longer than " + FieldChecks.KEY_LENGTH + " characters",
                "at most " + FieldChecks.KEY_LENGTH + " characters"));
        return true;
    }

    void checkState(BigDecimal value, String status, String footnote, String source, List<Problem.FieldError> errors) {
        if (value == null) {
            errors.add(new Problem.FieldError(null, "value", "is required", "an exact decimal number such as 25049.9"));
        } else if (value.precision() - value.scale() > 20 || value.scale() > 10) {
            errors.add(new Problem.FieldError(null, "value", "is out of range", "at most 20 integer digits and 10 decimals"));
        }
        if (status == null || !Statuses.ALL.contains(status)) {
            errors.add(new Problem.FieldError(null, "status", status == null ? "is required" : "unknown status '" + status + "'",
                    String.join(", ", Statuses.ALL)));
        }
        if (footnote != null && footnote.length() > FieldChecks.FOOTNOTE_LENGTH) {
            errors.add(new Problem.FieldError(null, "footnote", "is longer than " + FieldChecks.FOOTNOTE_LENGTH + " characters",
                    "at most " + FieldChecks.FOOTNOTE_LENGTH + " characters"));
        }
        if (source == null || source.isBlank()) {
            errors.add(new Problem.FieldError(null, "source", "is required", "a source id listed by /v1/sources"));
        } else if (longerThanAKey("source", source, errors)) {
            return;
        } else if (((Number) entityManager.createNativeQuery("select count(*) from source where id = :id").setParameter("id", source)
                .getSingleResult()).intValue() == 0) {
            errors.add(new Problem.FieldError(null, "source", "unknown source '" + source + "'", "a source id listed by /v1/sources"));
        }
    }

    /** The id of a period, creating it from its code when it is new. */
    int ensurePeriod(PeriodCode period) {
        entityManager.createNativeQuery("""
                insert into period (code, frequency, start_date, end_date) values (:code, :frequency, :start, :end)
                on conflict (code) do nothing""")
                .setParameter("code", period.code()).setParameter("frequency", period.frequency().name())
                .setParameter("start", period.start()).setParameter("end", period.end()).executeUpdate();
        return ((Number) entityManager.createNativeQuery("select id from period where code = :code")
                .setParameter("code", period.code()).getSingleResult()).intValue();
    }
}

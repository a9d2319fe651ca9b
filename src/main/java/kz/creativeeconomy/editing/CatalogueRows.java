package kz.creativeeconomy.editing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the writes of the catalogues (regions, indicators, sources, organisations, events, initiatives, challenges)
 * share: turning the database's own rules into 409/422 problems, refusing to delete what is still referenced, and
 * the audit summaries. These catalogues keep no revision history, so the audit summary is the only record of the
 * old values: it carries them in full.
 */
@ApplicationScoped
public class CatalogueRows {

    /** The body fields as JSON, the way a client sends them; the reason is reported separately. */
    private static final ObjectMapper SUMMARY = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** Something that still points at a row: how many, named in the singular and the plural. */
    public record Reference(long count, String singular, String plural) {
        @Override
        public String toString() {
            return count + " " + (count == 1 ? singular : plural);
        }
    }

    @Inject
    EntityManager entityManager;

    /**
     * Inserts a new row now, inside the caller's transaction, so that a database rule the validation could not foresee
     * (another writer created the same key a moment ago, a referenced row was deleted meanwhile) answers 409 or 422
     * instead of a 500. Rows with generated ids are inserted by persist itself, the others by the flush.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Object entity, String what) {
        try {
            entityManager.persist(entity);
            entityManager.flush();
        } catch (PersistenceException e) {
            throw translate(e, what);
        }
    }

    /** Sends the changes of a managed row now, with the same translation of the database's rules as {@link #insert}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush(String what) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            throw translate(e, what);
        }
    }

    /** Deletes a row now; a reference added meanwhile by another writer answers 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Object entity, String what) {
        try {
            entityManager.remove(entity);
            entityManager.flush();
        } catch (PersistenceException e) {
            throw translate(e, what);
        }
    }

    static ProblemException translate(PersistenceException e, String what) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? "" : Objects.toString(sql.getSQLState(), "");
        String rule = rule(sql);
        if (state.equals("23505")) {
            return new ProblemException(409, ProblemTypes.CONFLICT, "Already exists",
                    "The " + what + " conflicts with an existing one (database rule " + rule + "). Nothing was changed.", null);
        }
        if (state.equals("23503")) {
            return new ProblemException(409, ProblemTypes.CONFLICT, "Conflicting change",
                    "A resource the " + what + " refers to, or one that refers to it, changed meanwhile (database rule " + rule
                            + "). GET them again and retry. Nothing was changed.", null);
        }
        if (state.startsWith("23") || state.startsWith("22")) {
            return ProblemException.invalidBody(List.of(new Problem.FieldError(null, column(sql),
                    "breaks the database rule " + rule, "see the field descriptions of the contract")));
        }
        throw e;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String rule(SQLException sql) {
        ServerErrorMessage message = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        return message == null || message.getConstraint() == null ? "of the schema" : message.getConstraint();
    }

    private static String column(SQLException sql) {
        ServerErrorMessage message = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        return message == null ? null : message.getColumn();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long count(String sql, Object key) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("key", key).getSingleResult()).longValue();
    }

    /** Rows of {@code table} whose {@code column} points at the key, named for the 409 (table and column are the code's own). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reference pointingAt(String table, String column, Object key, String singular, String plural) {
        return new Reference(count("select count(*) from " + table + " where " + column + " = :key", key), singular, plural);
    }

    /**
     * Observations that point at a row through the given column. Deleted observations count too: they are kept with
     * their revision history, which must keep pointing at something that exists.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reference observations(String column, Object key) {
        Object[] counts = (Object[]) entityManager.createNativeQuery(
                "select count(*), count(*) filter (where deleted_at is not null) from observation where " + column + " = :key")
                .setParameter("key", key).getSingleResult();
        long all = ((Number) counts[0]).longValue();
        long deleted = ((Number) counts[1]).longValue();
        String kept = deleted == 0 ? "" : " (" + deleted + " of them deleted, kept for their revision history)";
        return new Reference(all, "observation" + kept, "observations" + kept);
    }

    /** 409 naming everything that still refers to the row; deleting it would leave those pointing at nothing. */
    public void requireUnreferenced(String what, List<Reference> references) {
        List<String> found = references.stream().filter(r -> r.count() > 0).map(Reference::toString).toList();
        if (!found.isEmpty()) {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Still referenced",
                    "The " + what + " is still referenced: it has " + String.join(", ", found)
                            + ". Delete them or point them elsewhere first. Nothing was changed.", null);
        }
    }

    public String created(Object values, String reason) {
        return "created " + json(values) + "; reason: " + reason;
    }

    public String updated(Object before, Object after, String reason) {
        Map<String, Object> old = fields(before);
        Map<String, Object> now = fields(after);
        Set<String> names = new TreeSet<>(old.keySet());
        names.addAll(now.keySet());
        List<String> changes = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(old.get(name), now.get(name))) {
                changes.add(name + ": " + json(old.get(name)) + " -> " + json(now.get(name)));
            }
        }
        return (changes.isEmpty() ? "updated, no field changed" : "updated " + String.join("; ", changes)) + "; reason: " + reason;
    }

    public String deleted(Object values, String reason) {
        return "deleted; old values " + json(values) + "; reason: " + reason;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Object values) {
        Map<String, Object> fields = new LinkedHashMap<>(SUMMARY.convertValue(values, Map.class));
        fields.remove("reason");
        return fields;
    }

    private static String json(Object value) {
        try {
            return SUMMARY.writeValueAsString(value instanceof Record ? fields(value) : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

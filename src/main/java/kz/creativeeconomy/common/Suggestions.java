package kz.creativeeconomy.common;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * "Did you mean": the existing key closest to one a request got wrong (east-kazakstan, creative-gav), by pg_trgm's
 * similarity, the measure the search uses to forgive typos. Asked only once a request has already failed, over the few
 * hundred keys of a catalogue, so it costs the happy path nothing.
 */
public final class Suggestions {

    /** Below this a "suggestion" is a guess: mars is not like any region. */
    private static final double THRESHOLD = 0.35;
    /** Longer input is not a typo of a code or slug; it is not sent to the database at all. */
    private static final int MAX_INPUT = 80;

    private Suggestions() {
    }

    /** The reason with the closest key appended, or as it is when none is close. keysSql selects one text column, k. */
    public static String reason(EntityManager entityManager, String keysSql, String input, String reason) {
        String closest = closest(entityManager, keysSql, input);
        return closest == null ? reason : reason + " (did you mean '" + closest + "'?)";
    }

    /** The closest key, or null when none is close. */
    @SuppressWarnings("unchecked")
    public static String closest(EntityManager entityManager, String keysSql, String input) {
        if (input == null || input.isBlank() || input.length() > MAX_INPUT) {
            return null;
        }
        List<String> found;
        try {
            found = entityManager.createNativeQuery("select k from (" + keysSql + ") keys "
                            + "where similarity(lower(k), lower(:input)) >= :threshold "
                            + "order by similarity(lower(k), lower(:input)) desc, k limit 1")
                    .setParameter("input", input.trim()).setParameter("threshold", THRESHOLD).getResultList();
        } catch (RuntimeException databaseUnavailable) {
            // A guess is a courtesy: with the database away the answer is still the 400 (or 404) without one, not a 503.
            return null;
        }
        return found.isEmpty() ? null : found.get(0);
    }
}

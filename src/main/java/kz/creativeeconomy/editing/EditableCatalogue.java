package kz.creativeeconomy.editing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.editing.CatalogueRows.Reference;

/**
 * What one catalogue tells the shared write path ({@link CatalogueEditor}, {@link CatalogueEndpoints}): its row, its
 * input record, its validation rules and how a checked input maps onto its row. Everything else a write does (body
 * parsing, If-Match, 409 checks, audit entry, data version, Location) is the same for every catalogue and lives there.
 *
 * @param <E> the entity, the catalogue's row
 * @param <I> the input record, the body of POST and PUT
 */
public abstract class EditableCatalogue<E, I extends CatalogueInput> {

    /** A validated body, as it will be stored, and how it maps onto a row (public keys included, so a new row gets them). */
    public record Checked<E, I>(I input, Consumer<E> mapping) {
    }

    /**
     * The catalogue's own facts.
     *
     * @param noun       its thing in the singular, as messages and the audit log name it: "event", "cultural organisation"
     * @param collection its collection under the base URI: "v1/events"
     * @param find       the row a key of a path names
     * @param newRow     an empty row
     * @param rowKey     the key a row answers to in Location and in the audit log
     * @param inputKey   the key a checked input gives its row
     * @param stored     the stored row as a body, for the audit log (the catalogues keep no revision history)
     */
    public record Definition<E, I>(String noun, String collection, Class<I> inputType, Function<String, Optional<E>> find, Supplier<E> newRow,
                                   Function<E, String> rowKey, Function<I, String> inputKey, Function<E, I> stored) {
    }

    private final Definition<E, I> definition;
    private final String keyName;

    /** A catalogue whose public key is its id. */
    protected EditableCatalogue(Definition<E, I> definition) {
        this(definition, "id");
    }

    /** @param keyName what the public key is called in messages: "code", "code or slug" */
    protected EditableCatalogue(Definition<E, I> definition, String keyName) {
        this.definition = definition;
        this.keyName = keyName;
    }

    /**
     * The catalogue's own field rules: each rejected field is added to checks; current is null when creating. Returns how
     * to build the input as it will be stored, which runs only once no field was rejected (a rejected reference leaves
     * nothing to map).
     */
    protected abstract Supplier<Checked<E, I>> check(I input, E current, FieldChecks checks);

    /** The catalogue's rules and the reason every write gives, with one 422 listing every rejected field. */
    public final Checked<E, I> checked(I input, E current) {
        FieldChecks checks = new FieldChecks();
        Supplier<Checked<E, I>> valid = check(input, current, checks);
        checks.reason(input.reason());
        checks.throwIfAny();
        return valid.get();
    }

    public String noun() {
        return definition.noun();
    }

    public String collection() {
        return definition.collection();
    }

    public Class<I> inputType() {
        return definition.inputType();
    }

    public Optional<E> find(String key) {
        return definition.find().apply(key);
    }

    /** The row a key names, or the 404 that says which keys exist: one answer for GET, PUT and DELETE. */
    public E require(String key) {
        return find(key).orElseThrow(() -> ProblemException.notFound(noun(), key, notFoundHint()));
    }

    public E newRow() {
        return definition.newRow().get();
    }

    public String key(E row) {
        return definition.rowKey().apply(row);
    }

    public String inputKey(I checked) {
        return definition.inputKey().apply(checked);
    }

    public I stored(E row) {
        return definition.stored().apply(row);
    }

    /** How a 404 tells the client what keys exist. */
    public final String notFoundHint() {
        return "Use " + ("aeiou".indexOf(keyName.charAt(0)) >= 0 ? "an " : "a ") + keyName + " listed by /" + collection() + ".";
    }

    /** What the public key is called in messages. */
    public final String keyName() {
        return keyName;
    }

    /** The entity name of the audit log. */
    public String auditType() {
        return noun().replace(' ', '_');
    }

    /** 409 when a new row's key is taken; a catalogue with more than one public key checks each. */
    public void requireNew(I checked) {
        String key = inputKey(checked);
        find(key).ifPresent(existing -> {
            throw alreadyExists(Character.toUpperCase(noun().charAt(0)) + noun().substring(1) + " " + key + " already exists", key(existing), keyName());
        });
    }

    protected ProblemException alreadyExists(String what, String existingKey, String keyName) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Already exists", what + ". Change it with PUT /" + collection() + "/"
                + existingKey + ", or choose another " + keyName + ".", null);
    }

    /** 409 when a checked input collides with another row in a way the catalogue forbids; current is null when creating. */
    public void requireNoConflict(I checked, E current) {
    }

    /** What still points at a row: deleting it answers 409 while any of these counts is above zero. */
    public List<Reference> references(E row) {
        return List.of();
    }

    /** The checked input as the audit log keeps it once the row is written (a column default may have filled a field). */
    public I written(I checked, E row) {
        return checked;
    }
}

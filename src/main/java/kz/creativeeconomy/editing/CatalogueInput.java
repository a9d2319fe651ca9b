package kz.creativeeconomy.editing;

/** The body of a catalogue's POST or PUT: whatever its fields, every write says why it is made (kept in the audit log). */
public interface CatalogueInput {

    String reason();
}

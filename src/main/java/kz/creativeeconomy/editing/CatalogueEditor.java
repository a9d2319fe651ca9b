package kz.creativeeconomy.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.http.writes.WriteRequests;

/**
 * Creates, changes and deletes a row of any {@link EditableCatalogue}, each in one transaction: the catalogue's
 * checks first (so a client learns about every field at once), then the If-Match precondition, the 409 checks, the
 * write and its audit entry. The catalogues keep no other history, so the audit entry carries the old values.
 */
@ApplicationScoped
public class CatalogueEditor {

    @Inject
    WriteRequests writes;
    @Inject
    CatalogueRows rows;
    @Inject
    AuditLog audit;

    /** Returns the key of the new row. */
    @Transactional
    public <E, I extends CatalogueInput> String create(EditableCatalogue<E, I> catalogue, I input, Caller.Identity who, String path) {
        EditableCatalogue.Checked<E, I> checked = catalogue.checked(input, null);
        catalogue.requireNew(checked.input());
        catalogue.requireNoConflict(checked.input(), null);
        E row = catalogue.newRow();
        checked.mapping().accept(row);
        String key = catalogue.inputKey(checked.input());
        rows.insert(row, catalogue.noun() + " " + key);
        audit.record(who, "POST", path, catalogue.auditType(), key, null,
                rows.created(catalogue.written(checked.input(), row), input.reason()));
        return key;
    }

    /** Replaces the editable fields of the row a path names; returns its key. */
    @Transactional
    public <E, I extends CatalogueInput> String update(EditableCatalogue<E, I> catalogue, String pathKey, I input, String ifMatch,
                                                       Caller.Identity who, String path) {
        E row = catalogue.require(pathKey);
        I before = catalogue.stored(row);
        EditableCatalogue.Checked<E, I> checked = catalogue.checked(input, row);
        writes.requireCurrent(ifMatch);
        catalogue.requireNoConflict(checked.input(), row);
        checked.mapping().accept(row);
        String key = catalogue.key(row);
        rows.flush(catalogue.noun() + " " + key);
        audit.record(who, "PUT", path, catalogue.auditType(), key, null,
                rows.updated(before, catalogue.written(checked.input(), row), input.reason()));
        return key;
    }

    /** Deletes a row that nothing refers to any more. */
    @Transactional
    public <E, I extends CatalogueInput> void delete(EditableCatalogue<E, I> catalogue, String pathKey, String reason, String ifMatch,
                                                     Caller.Identity who, String path) {
        E row = catalogue.require(pathKey);
        FieldChecks checks = new FieldChecks();
        checks.reason(reason);
        checks.throwIfAny();
        writes.requireCurrent(ifMatch);
        String key = catalogue.key(row);
        rows.requireUnreferenced(catalogue.noun() + " " + key, catalogue.references(row));
        I old = catalogue.stored(row);
        rows.delete(row, catalogue.noun() + " " + key);
        audit.record(who, "DELETE", path, catalogue.auditType(), key, null, rows.deleted(old, reason));
    }
}

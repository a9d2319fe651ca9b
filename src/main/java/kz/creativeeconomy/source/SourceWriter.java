package kz.creativeeconomy.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.http.CatalogueWrites;
import kz.creativeeconomy.http.CatalogueWrites.Reference;
import kz.creativeeconomy.http.FieldChecks;
import kz.creativeeconomy.http.WriteRequests;

/** Creates, changes and deletes sources. Every write leaves an audit entry; the catalogue keeps no other history. */
@ApplicationScoped
public class SourceWriter {

    @Inject
    SourceService sources;
    @Inject
    EntityManager entityManager;
    @Inject
    WriteRequests writes;
    @Inject
    CatalogueWrites catalogue;
    @Inject
    AuditLog audit;

    @Transactional
    public String create(SourceInput input, Caller.Identity who, String path) {
        SourceInput checked = check(input, null);
        sources.find(checked.id()).ifPresent(existing -> {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Already exists",
                    "Source " + existing.id + " already exists. Change it with PUT /v1/sources/" + existing.id + ", or choose another id.", null);
        });
        Source source = new Source();
        source.id = checked.id();
        apply(checked, source);
        catalogue.insert(source, "source " + source.id);
        audit.record(who, "POST", path, "source", source.id, null, catalogue.created(withCitedIn(checked, source), input.reason()));
        return source.id;
    }

    @Transactional
    public void update(String id, SourceInput input, String ifMatch, Caller.Identity who, String path) {
        Source source = require(id);
        SourceInput before = SourceInput.of(source);
        SourceInput checked = check(input, source);
        writes.requireCurrent(ifMatch);
        apply(checked, source);
        catalogue.flush("source " + id);
        audit.record(who, "PUT", path, "source", id, null, catalogue.updated(before, withCitedIn(checked, source), input.reason()));
    }

    /** Deletes a source nothing cites: every value and catalogue row must keep a source that exists. */
    @Transactional
    public void delete(String id, String reason, String ifMatch, Caller.Identity who, String path) {
        Source source = require(id);
        FieldChecks checks = new FieldChecks();
        checks.reason(reason);
        checks.throwIfAny();
        writes.requireCurrent(ifMatch);
        catalogue.requireUnreferenced("source " + id, List.of(
                catalogue.observations("source_id", id),
                new Reference(catalogue.count("""
                        select count(distinct v.observation_id) from observation_version v join observation o on o.id = v.observation_id
                        where v.source_id = :key and o.source_id <> :key""", id),
                        "observation whose earlier revisions cite it", "observations whose earlier revisions cite it"),
                new Reference(catalogue.count("select count(*) from cultural_organisation where source_id = :key", id),
                        "cultural organisation", "cultural organisations"),
                new Reference(catalogue.count("select count(*) from event where source_id = :key", id), "event", "events"),
                new Reference(catalogue.count("select count(*) from initiative where source_id = :key", id), "initiative", "initiatives"),
                new Reference(catalogue.count("select count(*) from challenge where source_id = :key", id), "challenge", "challenges"),
                new Reference(catalogue.count("""
                        select (select count(*) from ecosystem_contribution where source_id = :key)
                             + (select count(*) from ecosystem_adaptation where source_id = :key)
                             + (select count(*) from ecosystem_recommendation where source_id = :key)""", id),
                        "entry of the ecosystem model", "entries of the ecosystem model")));
        SourceInput old = SourceInput.of(source);
        catalogue.delete(source, "source " + id);
        audit.record(who, "DELETE", path, "source", id, null, catalogue.deleted(old, reason));
    }

    private Source require(String id) {
        return sources.find(id).orElseThrow(() -> ProblemException.notFound("source", id, "Use an id listed by /v1/sources."));
    }

    private SourceInput check(SourceInput input, Source current) {
        FieldChecks checks = new FieldChecks();
        String id;
        if (current == null) {
            id = checks.kebabCase("id", input.id(), "bns-culture-2025");
        } else {
            id = current.id;
            checks.unchanged("id", input.id(), current.id, "source");
        }
        Integer referenceNumber = checks.integer("reference_number", input.referenceNumber(), 1, 999, false);
        String locator = checks.requiredText("locator", input.locator(), FieldChecks.NAME_LENGTH, "where the value is printed, such as Table 1");
        String title = checks.requiredText("title", input.title(), FieldChecks.NAME_LENGTH, "the title of the cited work");
        String publisher = checks.optionalText("publisher", input.publisher(), FieldChecks.NAME_LENGTH);
        String url = checks.url("url", input.url());
        if (input.accessedOn() != null && input.accessedOn().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            checks.add("accessed_on", input.accessedOn() + " is in the future", "the date the URL was read, today or earlier");
        }
        String citedIn = checks.optionalText("cited_in", input.citedIn(), FieldChecks.TEXT_LENGTH);
        String note = checks.optionalText("note", input.note(), FieldChecks.TEXT_LENGTH);
        checks.reason(input.reason());
        checks.throwIfAny();
        return new SourceInput(id, referenceNumber, locator, title, publisher, url, input.accessedOn(), citedIn, note, input.reason());
    }

    private static void apply(SourceInput input, Source source) {
        source.referenceNumber = input.referenceNumber();
        source.locator = input.locator();
        source.title = input.title();
        source.publisher = input.publisher();
        source.url = input.url();
        source.accessedOn = input.accessedOn();
        if (input.citedIn() != null) {
            source.citedIn = input.citedIn();
        }
        source.note = input.note();
    }

    /**
     * A source without cited_in was read through the paper: the column's default, which the database fills in on insert
     * and restores here on update. Returns the body with the stored value, for the audit log.
     */
    private SourceInput withCitedIn(SourceInput checked, Source source) {
        if (checked.citedIn() != null) {
            return checked;
        }
        String stored = (String) entityManager.createNativeQuery("update source set cited_in = default where id = :id returning cited_in")
                .setParameter("id", source.id).getSingleResult();
        return new SourceInput(checked.id(), checked.referenceNumber(), checked.locator(), checked.title(), checked.publisher(),
                checked.url(), checked.accessedOn(), stored, checked.note(), checked.reason());
    }
}

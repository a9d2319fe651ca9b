package kz.creativeeconomy.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.http.CatalogueWrites;
import kz.creativeeconomy.http.FieldChecks;
import kz.creativeeconomy.http.WriteRequests;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;

/**
 * Creates, changes and deletes initiatives. Nothing refers to an initiative, so any initiative can be deleted. Every
 * write leaves an audit entry; the catalogue keeps no other history.
 */
@ApplicationScoped
public class InitiativeWriter {

    @Inject
    InitiativeService initiatives;
    @Inject
    CulturalOrganisationService organisations;
    @Inject
    SourceService sources;
    @Inject
    WriteRequests writes;
    @Inject
    CatalogueWrites catalogue;
    @Inject
    AuditLog audit;

    /** A validated body, with the rows it names. */
    private record Checked(InitiativeInput input, CulturalOrganisation organisation, Source source) {
    }

    @Transactional
    public String create(InitiativeInput input, Caller.Identity who, String path) {
        Checked checked = check(input, null);
        String id = checked.input().id();
        initiatives.find(id).ifPresent(existing -> {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Already exists",
                    "Initiative " + id + " already exists. Change it with PUT /v1/initiatives/" + id + ", or choose another id.", null);
        });
        Initiative initiative = new Initiative();
        initiative.id = id;
        apply(checked, initiative);
        catalogue.insert(initiative, "initiative " + id);
        audit.record(who, "POST", path, "initiative", id, null, catalogue.created(checked.input(), input.reason()));
        return id;
    }

    @Transactional
    public void update(String id, InitiativeInput input, String ifMatch, Caller.Identity who, String path) {
        Initiative initiative = require(id);
        InitiativeInput before = InitiativeInput.of(initiative);
        Checked checked = check(input, initiative);
        writes.requireCurrent(ifMatch);
        apply(checked, initiative);
        catalogue.flush("initiative " + id);
        audit.record(who, "PUT", path, "initiative", id, null, catalogue.updated(before, checked.input(), input.reason()));
    }

    @Transactional
    public void delete(String id, String reason, String ifMatch, Caller.Identity who, String path) {
        Initiative initiative = require(id);
        FieldChecks checks = new FieldChecks();
        checks.reason(reason);
        checks.throwIfAny();
        writes.requireCurrent(ifMatch);
        InitiativeInput old = InitiativeInput.of(initiative);
        catalogue.delete(initiative, "initiative " + id);
        audit.record(who, "DELETE", path, "initiative", id, null, catalogue.deleted(old, reason));
    }

    private Initiative require(String id) {
        return initiatives.find(id).orElseThrow(() -> ProblemException.notFound("initiative", id, "Use an id listed by /v1/initiatives."));
    }

    private Checked check(InitiativeInput input, Initiative current) {
        FieldChecks checks = new FieldChecks();
        String id;
        if (current == null) {
            id = checks.kebabCase("id", input.id(), "ekr-creative-grants-2025");
        } else {
            id = current.id;
            checks.unchanged("id", input.id(), current.id, "initiative");
        }
        String actor = checks.oneOf("actor", input.actor(), Initiative.ACTORS, true);
        Integer year = checks.integer("year", input.year(), 1900, 2100, false);
        String title = checks.requiredText("title_en", input.titleEn(), FieldChecks.NAME_LENGTH, "the English title");
        String description = checks.optionalText("description_en", input.descriptionEn(), FieldChecks.TEXT_LENGTH);
        String significance = checks.optionalText("significance_en", input.significanceEn(), FieldChecks.TEXT_LENGTH);
        CulturalOrganisation organisation = checks.reference("organisation", input.organisation(), false, organisations::find,
                "an organisation id listed by /v1/cultural-organisations, or null");
        Source source = checks.reference("source", input.source(), true, sources::find, "a source id listed by /v1/sources");
        checks.reason(input.reason());
        checks.throwIfAny();
        return new Checked(new InitiativeInput(id, actor, year, title, description, significance,
                organisation == null ? null : organisation.id, source.id, input.reason()), organisation, source);
    }

    private static void apply(Checked checked, Initiative initiative) {
        InitiativeInput input = checked.input();
        initiative.actor = input.actor();
        initiative.year = input.year();
        initiative.titleEn = input.titleEn();
        initiative.descriptionEn = input.descriptionEn();
        initiative.significanceEn = input.significanceEn();
        initiative.organisation = checked.organisation();
        initiative.source = checked.source();
    }
}

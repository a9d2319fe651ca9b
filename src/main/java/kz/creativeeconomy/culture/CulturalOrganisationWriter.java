package kz.creativeeconomy.culture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.http.CatalogueWrites;
import kz.creativeeconomy.http.CatalogueWrites.Reference;
import kz.creativeeconomy.http.FieldChecks;
import kz.creativeeconomy.http.WriteRequests;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;

/** Creates, changes and deletes cultural organisations. Every write leaves an audit entry; the catalogue keeps no other history. */
@ApplicationScoped
public class CulturalOrganisationWriter {

    static final String TYPE_EXAMPLES = "library, museum, theatre, concert_organisation, concert_hall";

    @Inject
    CulturalOrganisationService organisations;
    @Inject
    RegionService regions;
    @Inject
    SourceService sources;
    @Inject
    WriteRequests writes;
    @Inject
    CatalogueWrites catalogue;
    @Inject
    AuditLog audit;

    /** A validated body, with the rows it names. */
    private record Checked(CulturalOrganisationInput input, Region region, CulturalOrganisation parent, Source source) {
    }

    @Transactional
    public String create(CulturalOrganisationInput input, Caller.Identity who, String path) {
        Checked checked = check(input, null);
        String id = checked.input().id();
        organisations.find(id).ifPresent(existing -> {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Already exists", "Cultural organisation " + id
                    + " already exists. Change it with PUT /v1/cultural-organisations/" + id + ", or choose another id.", null);
        });
        CulturalOrganisation organisation = new CulturalOrganisation();
        organisation.id = id;
        apply(checked, organisation);
        catalogue.insert(organisation, "cultural organisation " + id);
        audit.record(who, "POST", path, "cultural_organisation", id, null, catalogue.created(checked.input(), input.reason()));
        return id;
    }

    @Transactional
    public void update(String id, CulturalOrganisationInput input, String ifMatch, Caller.Identity who, String path) {
        CulturalOrganisation organisation = require(id);
        CulturalOrganisationInput before = CulturalOrganisationInput.of(organisation);
        Checked checked = check(input, organisation);
        writes.requireCurrent(ifMatch);
        apply(checked, organisation);
        catalogue.flush("cultural organisation " + id);
        audit.record(who, "PUT", path, "cultural_organisation", id, null, catalogue.updated(before, checked.input(), input.reason()));
    }

    /** Deletes an organisation nothing refers to. */
    @Transactional
    public void delete(String id, String reason, String ifMatch, Caller.Identity who, String path) {
        CulturalOrganisation organisation = require(id);
        FieldChecks checks = new FieldChecks();
        checks.reason(reason);
        checks.throwIfAny();
        writes.requireCurrent(ifMatch);
        catalogue.requireUnreferenced("cultural organisation " + id, List.of(
                new Reference(catalogue.count("select count(*) from cultural_organisation where parent_id = :key", id),
                        "organisation inside it", "organisations inside it"),
                new Reference(catalogue.count("select count(*) from event where organisation_id = :key", id), "event", "events"),
                new Reference(catalogue.count("select count(*) from initiative where organisation_id = :key", id), "initiative", "initiatives"),
                new Reference(catalogue.count("select count(*) from cultural_organisation_breakdown where organisation_id = :key", id),
                        "breakdown member that attributes observations to it", "breakdown members that attribute observations to it")));
        CulturalOrganisationInput old = CulturalOrganisationInput.of(organisation);
        catalogue.delete(organisation, "cultural organisation " + id);
        audit.record(who, "DELETE", path, "cultural_organisation", id, null, catalogue.deleted(old, reason));
    }

    private CulturalOrganisation require(String id) {
        return organisations.find(id).orElseThrow(() ->
                ProblemException.notFound("cultural organisation", id, "Use an id listed by /v1/cultural-organisations."));
    }

    private Checked check(CulturalOrganisationInput input, CulturalOrganisation current) {
        FieldChecks checks = new FieldChecks();
        String id;
        if (current == null) {
            id = checks.kebabCase("id", input.id(), "ekr-puppet-theatre");
        } else {
            id = current.id;
            checks.unchanged("id", input.id(), current.id, "cultural organisation");
        }
        String nameEn = checks.requiredText("name_en", input.nameEn(), FieldChecks.NAME_LENGTH, "the English name");
        String nameRu = checks.optionalText("name_ru", input.nameRu(), FieldChecks.NAME_LENGTH);
        String nameKk = checks.optionalText("name_kk", input.nameKk(), FieldChecks.NAME_LENGTH);
        String type = checks.snakeCase("type", input.type(), TYPE_EXAMPLES);
        Region region = checks.reference("region", input.region(), true, regions::find, "a region code or slug listed by /v1/regions");
        CulturalOrganisation parent = checks.reference("parent", input.parent(), false, organisations::find,
                "an organisation id listed by /v1/cultural-organisations, or null");
        if (parent != null && current != null && organisations.withDescendants(current.id).contains(parent.id)) {
            checks.add("parent", "'" + parent.id + "' is the organisation itself or belongs to it", "an organisation outside " + current.id + ", or null");
        }
        String descriptionEn = checks.optionalText("description_en", input.descriptionEn(), FieldChecks.TEXT_LENGTH);
        String descriptionRu = checks.optionalText("description_ru", input.descriptionRu(), FieldChecks.TEXT_LENGTH);
        String descriptionKk = checks.optionalText("description_kk", input.descriptionKk(), FieldChecks.TEXT_LENGTH);
        Source source = checks.reference("source", input.source(), true, sources::find, "a source id listed by /v1/sources");
        checks.reason(input.reason());
        checks.throwIfAny();
        return new Checked(new CulturalOrganisationInput(id, nameEn, nameRu, nameKk, type, region.slug, parent == null ? null : parent.id,
                descriptionEn, descriptionRu, descriptionKk, source.id, input.reason()), region, parent, source);
    }

    private static void apply(Checked checked, CulturalOrganisation organisation) {
        CulturalOrganisationInput input = checked.input();
        organisation.nameEn = input.nameEn();
        organisation.nameRu = input.nameRu();
        organisation.nameKk = input.nameKk();
        organisation.type = input.type();
        organisation.region = checked.region();
        organisation.parent = checked.parent();
        organisation.descriptionEn = input.descriptionEn();
        organisation.descriptionRu = input.descriptionRu();
        organisation.descriptionKk = input.descriptionKk();
        organisation.source = checked.source();
    }
}

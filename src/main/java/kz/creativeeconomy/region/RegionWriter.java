package kz.creativeeconomy.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.http.CatalogueWrites;
import kz.creativeeconomy.http.CatalogueWrites.Reference;
import kz.creativeeconomy.http.FieldChecks;
import kz.creativeeconomy.http.WriteRequests;

/** Creates, changes and deletes regions. Every write leaves an audit entry; the catalogue keeps no other history. */
@ApplicationScoped
public class RegionWriter {

    /** KATO codes are 9 digits; KZ and WLD are this API's codes for the Republic and the world. */
    static final Pattern CODE = Pattern.compile("^([0-9]{9}|KZ|WLD)$");
    private static final String REGION_KEYS = "a region code or slug listed by /v1/regions";

    @Inject
    RegionService regions;
    @Inject
    WriteRequests writes;
    @Inject
    CatalogueWrites catalogue;
    @Inject
    AuditLog audit;

    /** A validated body, with the parent it names. */
    private record Checked(RegionInput input, Region parent) {
    }

    /** Returns the slug of the new region. */
    @Transactional
    public String create(RegionInput input, Caller.Identity who, String path) {
        Checked checked = check(input, null);
        String code = checked.input().code();
        String slug = checked.input().slug();
        for (String key : List.of(code, slug)) {
            regions.find(key).ifPresent(existing -> {
                throw new ProblemException(409, ProblemTypes.CONFLICT, "Already exists",
                        "Region " + existing.code + " (" + existing.slug + ") already has the " + (key.equals(code) ? "code " : "slug ") + key
                                + ". Change it with PUT /v1/regions/" + existing.slug + ", or choose another " + (key.equals(code) ? "code." : "slug."), null);
            });
        }
        Region region = new Region();
        region.code = code;
        region.slug = slug;
        apply(checked, region);
        catalogue.insert(region, "region " + slug);
        audit.record(who, "POST", path, "region", slug, null, catalogue.created(checked.input(), input.reason()));
        return slug;
    }

    /** Replaces the editable fields; returns the slug. */
    @Transactional
    public String update(String codeOrSlug, RegionInput input, String ifMatch, Caller.Identity who, String path) {
        Region region = require(codeOrSlug);
        RegionInput before = RegionInput.of(region);
        Checked checked = check(input, region);
        writes.requireCurrent(ifMatch);
        apply(checked, region);
        catalogue.flush("region " + region.slug);
        audit.record(who, "PUT", path, "region", region.slug, null, catalogue.updated(before, checked.input(), input.reason()));
        return region.slug;
    }

    /** Deletes a region that nothing refers to any more. */
    @Transactional
    public void delete(String codeOrSlug, String reason, String ifMatch, Caller.Identity who, String path) {
        Region region = require(codeOrSlug);
        FieldChecks checks = new FieldChecks();
        checks.reason(reason);
        checks.throwIfAny();
        writes.requireCurrent(ifMatch);
        catalogue.requireUnreferenced("region " + region.slug, List.of(
                new Reference(catalogue.count("select count(*) from region where parent_id = :key", region.id), "region inside it", "regions inside it"),
                new Reference(catalogue.count("select count(*) from region_succession where predecessor_id = :key or successor_id = :key", region.id),
                        "territorial change", "territorial changes"),
                catalogue.observations("region_id", region.id),
                new Reference(catalogue.count("select count(*) from cultural_organisation where region_id = :key", region.id),
                        "cultural organisation", "cultural organisations"),
                new Reference(catalogue.count("select count(*) from event where region_id = :key", region.id), "event", "events")));
        RegionInput old = RegionInput.of(region);
        catalogue.delete(region, "region " + region.slug);
        audit.record(who, "DELETE", path, "region", region.slug, null, catalogue.deleted(old, reason));
    }

    private Region require(String codeOrSlug) {
        return regions.find(codeOrSlug).orElseThrow(() ->
                ProblemException.notFound("region", codeOrSlug, "Use a code or slug listed by /v1/regions."));
    }

    /** Checks every field (422 listing each rejected one); current is null when creating. */
    private Checked check(RegionInput input, Region current) {
        FieldChecks checks = new FieldChecks();
        String code;
        String slug;
        if (current == null) {
            code = input.code();
            if (code == null || !CODE.matcher(code).matches()) {
                checks.add("code", code == null ? "is required" : "'" + code + "' is not a region code",
                        "a KATO code of 9 digits such as 636200000, KZ for the Republic or WLD for the world");
            }
            slug = checks.kebabCase("slug", input.slug(), "ulan-district");
            if (slug != null && slug.chars().noneMatch(Character::isLetter)) {
                // An all-digit slug would read like a KATO code where both are accepted (paths, the region filter).
                checks.add("slug", "'" + slug + "' has no letter", "a kebab-case slug with at least one letter, such as ulan-district");
            }
        } else {
            code = current.code;
            slug = current.slug;
            checks.unchanged("code", input.code(), current.code, "region");
            checks.unchanged("slug", input.slug(), current.slug, "region");
        }
        String nameEn = checks.requiredText("name_en", input.nameEn(), FieldChecks.NAME_LENGTH, "the English name, such as Ulansky district");
        String nameRu = checks.optionalText("name_ru", input.nameRu(), FieldChecks.NAME_LENGTH);
        String nameKk = checks.optionalText("name_kk", input.nameKk(), FieldChecks.NAME_LENGTH);
        String level = checks.oneOf("level", input.level(), Levels.ALL, true);
        Region parent = checks.reference("parent", input.parent(), false, regions::find, REGION_KEYS + ", or null");
        if (parent != null && current != null && regions.withDescendants(List.of(current.id)).contains(parent.id)) {
            checks.add("parent", "'" + input.parent() + "' is the region itself or lies inside it",
                    "a region outside " + current.slug + ", or null");
        }
        if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            checks.add("valid_to", input.validTo() + " is before valid_from " + input.validFrom(), "a date on or after valid_from, or null");
        }
        String note = checks.optionalText("note", input.note(), FieldChecks.TEXT_LENGTH);
        checks.reason(input.reason());
        checks.throwIfAny();
        return new Checked(new RegionInput(code, slug, nameEn, nameRu, nameKk, level, parent == null ? null : parent.slug,
                input.validFrom(), input.validTo(), note, input.reason()), parent);
    }

    private static void apply(Checked checked, Region region) {
        RegionInput input = checked.input();
        region.nameEn = input.nameEn();
        region.nameRu = input.nameRu();
        region.nameKk = input.nameKk();
        region.level = input.level();
        region.parent = checked.parent();
        region.validFrom = input.validFrom();
        region.validTo = input.validTo();
        region.note = input.note();
    }
}

package kz.creativeeconomy.region;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kz.creativeeconomy.editing.CatalogueRows;
import kz.creativeeconomy.editing.CatalogueRows.Reference;
import kz.creativeeconomy.editing.EditableCatalogue;
import kz.creativeeconomy.editing.FieldChecks;
import kz.creativeeconomy.editing.RowMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/**
 * What editing a region means: its checks (two public keys, code and slug, and a parent outside itself), how a body
 * maps onto the row, and what still refers to it. The shared write path is {@link kz.creativeeconomy.editing.CatalogueEditor}.
 */
@Singleton
public class RegionEditing extends EditableCatalogue<Region, RegionInput> {

    private static final Row ROW = Mappers.getMapper(Row.class);

    /** KATO codes are 9 digits; KZ and WLD are this API's codes for the Republic and the world. */
    static final Pattern CODE = Pattern.compile("^([0-9]{9}|KZ|WLD)$");
    private static final String REGION_KEYS = "a region code or slug listed by /v1/regions";

    private final RegionService regions;
    private final CatalogueRows rows;

    RegionEditing(RegionService regions, CatalogueRows rows) {
        super(new Definition<>("region", "v1/regions", RegionInput.class, regions::find, Region::new, r -> r.slug, RegionInput::slug,
                RegionInput::of), "code or slug");
        this.regions = regions;
        this.rows = rows;
    }

    @Override
    public void requireNew(RegionInput checked) {
        for (String key : List.of(checked.code(), checked.slug())) {
            String keyName = key.equals(checked.code()) ? "code" : "slug";
            regions.find(key).ifPresent(existing -> {
                throw alreadyExists("Region " + existing.code + " (" + existing.slug + ") already has the " + keyName + " " + key, existing.slug, keyName);
            });
        }
    }

    @Override
    public List<Reference> references(Region region) {
        return List.of(
                rows.pointingAt("region", "parent_id", region.id, "region inside it", "regions inside it"),
                new Reference(rows.count("select count(*) from region_succession where predecessor_id = :key or successor_id = :key", region.id),
                        "territorial change", "territorial changes"),
                rows.observations("region_id", region.id),
                rows.pointingAt("cultural_organisation", "region_id", region.id, "cultural organisation", "cultural organisations"),
                rows.pointingAt("event", "region_id", region.id, "event", "events"));
    }

    @Override
    protected Supplier<Checked<Region, RegionInput>> check(RegionInput input, Region current, FieldChecks checks) {
        String code = current == null ? newCode(input.code(), checks) : current.code;
        String slug = current == null ? newSlug(input.slug(), checks) : current.slug;
        if (current != null) {
            checks.unchanged("code", input.code(), current.code, "region");
            checks.unchanged("slug", input.slug(), current.slug, "region");
        }
        FieldChecks.Names names = checks.names(input.nameEn(), input.nameRu(), input.nameKk(), "the English name, such as Ulansky district");
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
        return () -> {
            RegionInput checked = new RegionInput(code, slug, names.en(), names.ru(), names.kk(), level, parent == null ? null : parent.slug,
                    input.validFrom(), input.validTo(), note, input.reason());
            return new Checked<>(checked, region -> {
                ROW.apply(checked, region);
                region.parent = parent;
            });
        };
    }

    private static String newCode(String code, FieldChecks checks) {
        if (code == null || !CODE.matcher(code).matches()) {
            checks.add("code", code == null ? "is required" : "'" + code + "' is not a region code",
                    "a KATO code of 9 digits such as 636200000, KZ for the Republic or WLD for the world");
        }
        return code;
    }

    private static String newSlug(String slug, FieldChecks checks) {
        String checked = checks.kebabCase("slug", slug, "ulan-district");
        if (checked != null && checked.chars().noneMatch(Character::isLetter)) {
            // An all-digit slug would read like a KATO code where both are accepted (paths, the region filter).
            checks.add("slug", "'" + checked + "' has no letter", "a kebab-case slug with at least one letter, such as ulan-district");
        }
        return checked;
    }

    /** The input's fields onto the row; the id is the database's, the parent the row the checks found. */
    @Mapper(config = RowMapping.class)
    interface Row {
        @Mapping(target = "id", ignore = true)
        @Mapping(target = "parent", ignore = true)
        void apply(RegionInput input, @MappingTarget Region region);
    }
}

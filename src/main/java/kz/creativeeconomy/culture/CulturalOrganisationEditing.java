package kz.creativeeconomy.culture;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Supplier;
import kz.creativeeconomy.editing.CatalogueRows;
import kz.creativeeconomy.editing.CatalogueRows.Reference;
import kz.creativeeconomy.editing.EditableCatalogue;
import kz.creativeeconomy.editing.FieldChecks;
import kz.creativeeconomy.editing.RowMapping;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/**
 * What editing a cultural organisation means: its checks, how a body maps onto the row, and what still refers to it.
 * The shared write path is {@link kz.creativeeconomy.editing.CatalogueEditor}.
 */
@Singleton
public class CulturalOrganisationEditing extends EditableCatalogue<CulturalOrganisation, CulturalOrganisationInput> {

    private static final Row ROW = Mappers.getMapper(Row.class);

    static final String TYPE_EXAMPLES = "library, museum, theatre, concert_organisation, concert_hall";

    private final CulturalOrganisationService organisations;
    private final RegionService regions;
    private final SourceService sources;
    private final CatalogueRows rows;

    CulturalOrganisationEditing(CulturalOrganisationService organisations, RegionService regions, SourceService sources, CatalogueRows rows) {
        super(new Definition<>("cultural organisation", "v1/cultural-organisations", CulturalOrganisationInput.class, organisations::find,
                CulturalOrganisation::new, o -> o.id, CulturalOrganisationInput::id, CulturalOrganisationInput::of));
        this.organisations = organisations;
        this.regions = regions;
        this.sources = sources;
        this.rows = rows;
    }

    @Override
    public List<Reference> references(CulturalOrganisation organisation) {
        String id = organisation.id;
        return List.of(
                rows.pointingAt("cultural_organisation", "parent_id", id, "organisation inside it", "organisations inside it"),
                rows.pointingAt("event", "organisation_id", id, "event", "events"),
                rows.pointingAt("initiative", "organisation_id", id, "initiative", "initiatives"),
                rows.pointingAt("cultural_organisation_breakdown", "organisation_id", id,
                        "breakdown member that attributes observations to it", "breakdown members that attribute observations to it"));
    }

    @Override
    protected Supplier<Checked<CulturalOrganisation, CulturalOrganisationInput>> check(CulturalOrganisationInput input, CulturalOrganisation current, FieldChecks checks) {
        String id = checks.publicKey("id", input.id(), current == null ? null : current.id, "ekr-puppet-theatre", "cultural organisation");
        FieldChecks.Names names = checks.names(input.nameEn(), input.nameRu(), input.nameKk(), "the English name");
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
        return () -> {
            CulturalOrganisationInput checked = new CulturalOrganisationInput(id, names.en(), names.ru(), names.kk(), type, region.slug,
                    parent == null ? null : parent.id, descriptionEn, descriptionRu, descriptionKk, source.id, input.reason());
            return new Checked<>(checked, organisation -> {
                ROW.apply(checked, organisation);
                organisation.region = region;
                organisation.parent = parent;
                organisation.source = source;
            });
        };
    }

    /** The input's fields onto the row; references are the rows the checks found. */
    @Mapper(config = RowMapping.class)
    interface Row {
        @Mapping(target = "region", ignore = true)
        @Mapping(target = "parent", ignore = true)
        void apply(CulturalOrganisationInput input, @MappingTarget CulturalOrganisation organisation);
    }
}

package kz.creativeeconomy.initiative;

import jakarta.inject.Singleton;
import java.util.function.Supplier;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.editing.EditableCatalogue;
import kz.creativeeconomy.editing.FieldChecks;
import kz.creativeeconomy.editing.RowMapping;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/**
 * What editing an initiative means: its checks and how a body maps onto the row. Nothing refers to an initiative, so
 * any initiative can be deleted. The shared write path is {@link kz.creativeeconomy.editing.CatalogueEditor}.
 */
@Singleton
public class InitiativeEditing extends EditableCatalogue<Initiative, InitiativeInput> {

    private static final Row ROW = Mappers.getMapper(Row.class);

    private final CulturalOrganisationService organisations;
    private final SourceService sources;

    InitiativeEditing(InitiativeService initiatives, CulturalOrganisationService organisations, SourceService sources) {
        super(new Definition<>("initiative", "v1/initiatives", InitiativeInput.class, initiatives::find, Initiative::new, i -> i.id,
                InitiativeInput::id, InitiativeInput::of));
        this.organisations = organisations;
        this.sources = sources;
    }

    @Override
    protected Supplier<Checked<Initiative, InitiativeInput>> check(InitiativeInput input, Initiative current, FieldChecks checks) {
        String id = checks.publicKey("id", input.id(), current == null ? null : current.id, "ekr-creative-grants-2025", "initiative");
        String actor = checks.oneOf("actor", input.actor(), Initiative.ACTORS, true);
        Integer year = checks.integer("year", input.year(), 1900, 2100, false);
        String title = checks.requiredText("title_en", input.titleEn(), FieldChecks.NAME_LENGTH, "the English title");
        String description = checks.optionalText("description_en", input.descriptionEn(), FieldChecks.TEXT_LENGTH);
        String significance = checks.optionalText("significance_en", input.significanceEn(), FieldChecks.TEXT_LENGTH);
        CulturalOrganisation organisation = checks.reference("organisation", input.organisation(), false, organisations::find,
                "an organisation id listed by /v1/cultural-organisations, or null");
        Source source = checks.reference("source", input.source(), true, sources::find, "a source id listed by /v1/sources");
        return () -> {
            InitiativeInput checked = new InitiativeInput(id, actor, year, title, description, significance,
                    organisation == null ? null : organisation.id, source.id, input.reason());
            return new Checked<>(checked, initiative -> {
                ROW.apply(checked, initiative);
                initiative.organisation = organisation;
                initiative.source = source;
            });
        };
    }

    /** The input's fields onto the row; references are the rows the checks found. */
    @Mapper(config = RowMapping.class)
    interface Row {
        @Mapping(target = "organisation", ignore = true)
        void apply(InitiativeInput input, @MappingTarget Initiative initiative);
    }
}

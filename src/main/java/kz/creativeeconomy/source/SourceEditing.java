package kz.creativeeconomy.source;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import kz.creativeeconomy.editing.CatalogueRows;
import kz.creativeeconomy.editing.CatalogueRows.Reference;
import kz.creativeeconomy.editing.EditableCatalogue;
import kz.creativeeconomy.editing.FieldChecks;
import kz.creativeeconomy.editing.RowMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;
import org.mapstruct.NullValuePropertyMappingStrategy;

/**
 * What editing a source means: its checks, how a body maps onto the row, and what still cites it: every value and
 * catalogue row must keep a source that exists. The shared write path is {@link kz.creativeeconomy.editing.CatalogueEditor}.
 */
@Singleton
public class SourceEditing extends EditableCatalogue<Source, SourceInput> {

    private static final Row ROW = Mappers.getMapper(Row.class);

    private final EntityManager entityManager;
    private final CatalogueRows rows;

    SourceEditing(SourceService sources, EntityManager entityManager, CatalogueRows rows) {
        super(new Definition<>("source", "v1/sources", SourceInput.class, sources::find, Source::new, s -> s.id, SourceInput::id, SourceInput::of));
        this.entityManager = entityManager;
        this.rows = rows;
    }

    @Override
    public List<Reference> references(Source source) {
        String id = source.id;
        return List.of(
                rows.observations("source_id", id),
                new Reference(rows.count("""
                        select count(distinct v.observation_id) from observation_version v join observation o on o.id = v.observation_id
                        where v.source_id = :key and o.source_id <> :key""", id),
                        "observation whose earlier revisions cite it", "observations whose earlier revisions cite it"),
                rows.pointingAt("cultural_organisation", "source_id", id, "cultural organisation", "cultural organisations"),
                rows.pointingAt("event", "source_id", id, "event", "events"),
                rows.pointingAt("initiative", "source_id", id, "initiative", "initiatives"),
                rows.pointingAt("challenge", "source_id", id, "challenge", "challenges"),
                new Reference(rows.count("""
                        select (select count(*) from ecosystem_contribution where source_id = :key)
                             + (select count(*) from ecosystem_adaptation where source_id = :key)
                             + (select count(*) from ecosystem_recommendation where source_id = :key)""", id),
                        "entry of the ecosystem model", "entries of the ecosystem model"));
    }

    @Override
    protected Supplier<Checked<Source, SourceInput>> check(SourceInput input, Source current, FieldChecks checks) {
        String id = checks.publicKey("id", input.id(), current == null ? null : current.id, "bns-culture-2025", "source");
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
        return () -> {
            SourceInput checked = new SourceInput(id, referenceNumber, locator, title, publisher, url, input.accessedOn(), citedIn, note, input.reason());
            return new Checked<>(checked, source -> ROW.apply(checked, source));
        };
    }

    /**
     * A source without cited_in was read through the paper: the column's default, which the database fills in on insert
     * and restores here on update. Returns the body with the stored value, for the audit log.
     */
    @Override
    public SourceInput written(SourceInput checked, Source source) {
        if (checked.citedIn() != null) {
            return checked;
        }
        String stored = (String) entityManager.createNativeQuery("update source set cited_in = default where id = :id returning cited_in")
                .setParameter("id", source.id).getSingleResult();
        return new SourceInput(checked.id(), checked.referenceNumber(), checked.locator(), checked.title(), checked.publisher(),
                checked.url(), checked.accessedOn(), stored, checked.note(), checked.reason());
    }

    /** The input's fields onto the row; a missing cited_in keeps the stored one until {@link #written} resets it. */
    @Mapper(config = RowMapping.class)
    interface Row {
        @Mapping(target = "titleLanguage", ignore = true)
        @Mapping(target = "citedIn", nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
        void apply(SourceInput input, @MappingTarget Source source);
    }
}

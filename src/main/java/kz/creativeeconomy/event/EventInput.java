package kz.creativeeconomy.event;

import java.time.LocalDate;
import java.util.List;
import kz.creativeeconomy.editing.CatalogueInput;
import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /v1/events and PUT /v1/events/{id}. PUT replaces every editable field: a field left out becomes
 * empty. The id is the public key and never changes.
 */
@Schema(name = "EventInput", description = "An event as an editor sends it. PUT replaces every editable field (a field left out becomes empty); "
        + "id is the public key: required when creating, on PUT left out or equal to the current one. Dates follow the schema's rules: "
        + "start_date only when the day is known and in the event's year; end_date only with a start_date, on or after it.")
public record EventInput(
        @Schema(description = "Kebab-case id. Required when creating; never changes.", examples = "souvenir-of-the-east-2025", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.KEBAB_CASE_REGEX) String id,
        @Schema(required = true, description = "English name.", examples = "Festival \"Souvenir of the East\"", maxLength = FieldChecks.NAME_LENGTH) String nameEn,
        @Schema(nullable = true, description = "Russian name.", maxLength = FieldChecks.NAME_LENGTH) String nameRu,
        @Schema(nullable = true, description = "Kazakh name.", maxLength = FieldChecks.NAME_LENGTH) String nameKk,
        @Schema(required = true, description = "Kind of event, a snake_case word; a new one is allowed.", examples = "festival", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.SNAKE_CASE_REGEX) String kind,
        @Schema(nullable = true, description = "Code or slug of the region where it took place.", examples = "ust-kamenogorsk", maxLength = FieldChecks.KEY_LENGTH) String region,
        @Schema(nullable = true, description = "Venue or place as the source names it.", maxLength = FieldChecks.NAME_LENGTH) String place,
        @Schema(required = true, description = "Year of the event, 1900 to 2100.", examples = "2025") Integer year,
        @Schema(nullable = true, description = "First day, only when the source prints it; in the event's year.", examples = "2025-09-12", maxLength = FieldChecks.DATE_LENGTH)
        LocalDate startDate,
        @Schema(nullable = true, description = "Last day, only with a start_date; on or after it.", examples = "2025-09-14", maxLength = FieldChecks.DATE_LENGTH) LocalDate endDate,
        @Schema(required = true, enumeration = {"annual", "one_off", "recurring", "unknown"}, examples = "annual") String recurrence,
        @Schema(nullable = true, description = "Id of the catalogued organisation that holds it.", examples = "ekr-regional-museum-reserve", maxLength = FieldChecks.KEY_LENGTH)
        String organisation,
        @Schema(nullable = true, description = "The organiser as printed, when it is not a catalogued organisation.", maxLength = FieldChecks.NAME_LENGTH) String organiser,
        @Schema(nullable = true, description = "What the event aims at.", maxLength = FieldChecks.TEXT_LENGTH) String targetEn,
        @Schema(nullable = true, maxLength = FieldChecks.TEXT_LENGTH) String descriptionEn,
        @Schema(nullable = true, maxLength = FieldChecks.TEXT_LENGTH) String resultsEn,
        @Schema(nullable = true, description = "Countries taking part: ISO 3166-1 alpha-2 codes in capitals, each once.", examples = "[\"KZ\", \"MN\"]")
        List<String> countries,
        @Schema(required = true, description = "Id of the source that reports it, listed by /v1/sources.", examples = "akimat-ekr-culture-2023-table-3", maxLength = FieldChecks.KEY_LENGTH)
        String source,
        @Schema(required = true, description = "Why the event is added or changed; kept in the audit log.", examples = "Reported by the akimat", maxLength = FieldChecks.REASON_LENGTH)
        String reason) implements CatalogueInput {

    /** The stored event as a body, for the audit log. */
    public static EventInput of(Event e) {
        return new EventInput(e.id, e.nameEn, e.nameRu, e.nameKk, e.kind, e.region == null ? null : e.region.slug, e.place, e.year,
                e.startDate, e.endDate, e.recurrence, e.organisation == null ? null : e.organisation.id, e.organiser, e.targetEn,
                e.descriptionEn, e.resultsEn, e.countries.stream().sorted().toList(), e.source.id, null);
    }
}

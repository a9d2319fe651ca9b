package kz.creativeeconomy.source;

import java.time.LocalDate;
import kz.creativeeconomy.editing.CatalogueInput;
import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /v1/sources and PUT /v1/sources/{id}. PUT replaces every editable field: a field left out becomes
 * empty or takes its default. The id is the public key and never changes.
 */
@Schema(name = "SourceInput", description = "A source as an editor sends it. PUT replaces every editable field (a field left out becomes "
        + "empty or takes its default); id is the public key: required when creating, on PUT left out or equal to the current one.")
public record SourceInput(
        @Schema(description = "Kebab-case id. Required when creating; never changes.", examples = "bns-culture-2025", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.KEBAB_CASE_REGEX) String id,
        @Schema(nullable = true, description = "Number of the reference in the paper's reference list, 1 to 999; null for anything else.",
                examples = "24") Integer referenceNumber,
        @Schema(required = true, description = "Where the value is printed: a table, figure or passage.", examples = "Table 1", maxLength = FieldChecks.NAME_LENGTH) String locator,
        @Schema(required = true, examples = "Culture statistics of East Kazakhstan region, 2025", maxLength = FieldChecks.NAME_LENGTH) String title,
        @Schema(nullable = true, examples = "Bureau of National Statistics", maxLength = FieldChecks.NAME_LENGTH) String publisher,
        @Schema(nullable = true, description = "Absolute http(s) URL.", examples = "https://stat.gov.kz/ru/region/vko/", maxLength = FieldChecks.URL_LENGTH) String url,
        @Schema(nullable = true, description = "When the URL was read (ISO 8601); not in the future.", examples = "2025-06-01", maxLength = FieldChecks.DATE_LENGTH) LocalDate accessedOn,
        @Schema(nullable = true, description = "The publication through which the value was read; when left out, the paper this API is built on.", maxLength = FieldChecks.TEXT_LENGTH)
        String citedIn,
        @Schema(nullable = true, maxLength = FieldChecks.TEXT_LENGTH) String note,
        @Schema(required = true, description = "Why the source is added or changed; kept in the audit log.", examples = "New BNS release", maxLength = FieldChecks.REASON_LENGTH)
        String reason) implements CatalogueInput {

    /** The stored source as a body, for the audit log. */
    public static SourceInput of(Source s) {
        return new SourceInput(s.id, s.referenceNumber, s.locator, s.title, s.publisher, s.url, s.accessedOn, s.citedIn, s.note, null);
    }
}

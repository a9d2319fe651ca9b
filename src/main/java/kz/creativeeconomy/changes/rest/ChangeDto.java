package kz.creativeeconomy.changes.rest;

import java.time.Instant;
import kz.creativeeconomy.changes.Change;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One revision of an observation or change of a catalogue entry. It names the item; its URL gives the "
        + "item's current state (a deleted catalogue entry answers 404, a deleted observation its tombstone).")
public record ChangeDto(
        @Schema(required = true, description = "Place in commit order: every change committed later has a higher position. Pass the last "
                + "one you processed as since= to get what came after it.", examples = "1207", minimum = "1") long position,
        @Schema(required = true, description = "What kind of item changed.", enumeration = {"observation", "source", "region", "indicator",
                "cultural_organisation", "event", "initiative", "challenge"}) String kind,
        @Schema(required = true, description = "The item's public key: an observation's id, a region's slug, an indicator's code, "
                + "otherwise its id.", examples = "ertis-concert", maxLength = 200) String id,
        @Schema(required = true, description = "insert, update, delete, or restore (a deleted observation published again).",
                enumeration = {"insert", "update", "delete", "restore"}) String operation,
        @Schema(required = true, description = "When the change was committed (ISO 8601).") Instant at,
        @Schema(required = true, description = "The data version in which the change first appears (the number in ETags and in "
                + "the catalogue's dct:modified).", examples = "42", minimum = "1") long dataVersion,
        @Schema(required = true, description = "Absolute URL of the item.", examples = "http://localhost:8080/v1/events/shygys-salburyn-2023",
                maxLength = 2000) String url) {

    static ChangeDto of(Change change, String base) {
        return new ChangeDto(change.position(), change.kind(), change.key(), change.operation(), change.at(), change.dataVersion(),
                base + Change.path(change.kind(), change.key()));
    }
}

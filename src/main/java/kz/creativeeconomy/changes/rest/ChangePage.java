package kz.creativeeconomy.changes.rest;

import java.util.List;
import kz.creativeeconomy.common.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed: the page of every list, plus the position a syncing client keeps. */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(required = true, description = "Changes in commit order, oldest first.") List<ChangeDto> items,
        @Schema(required = true, description = "Absolute URL of the next page, or null when this page reaches the newest change. Also sent "
                + "as a Link header with rel=\"next\".", nullable = true, examples = "http://localhost:8080/v1/changes?since=0&cursor=djF8MTAw")
        String next,
        @Schema(required = true, description = "The cursor of the next page, to send as cursor=; null on the last page.", nullable = true,
                examples = "djF8MTAw") String nextCursor,
        @Schema(required = true, description = "The position of the last change of this page (the position you started from when the page "
                + "is empty). Keep it, and sync next time with since= this value: you get exactly the changes committed after it.",
                examples = "1207", minimum = "0") long lastPosition) implements Paged {
}

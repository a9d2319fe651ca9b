package kz.creativeeconomy.changes.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import kz.creativeeconomy.changes.Change;
import kz.creativeeconomy.changes.ChangeFeed;
import kz.creativeeconomy.common.Cursor;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.Times;
import kz.creativeeconomy.http.caching.DataVersion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/changes")
@Tag(name = "Changes", description = "What changed since a client's last sync: a feed of every revision, as JSON and Atom.")
public class ChangeResource {

    private static final String SINCE_ALLOWED = "a position (an integer from 0, the last_position of your previous sync) "
            + "or an ISO 8601 instant such as 2026-12-01T00:00:00Z or a date such as 2026-12-01 (midnight UTC)";

    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59Z");

    @Inject
    ChangeFeed feed;
    @Inject
    DataVersion dataVersion;
    @Context
    UriInfo uri;
    @Context
    ContainerRequestContext request;

    @GET
    @Produces({MediaType.APPLICATION_JSON, AtomFeed.MEDIA_TYPE})
    @Operation(operationId = "listChanges", summary = "Changes since a position or a time, in commit order",
            description = "Every revision of an observation and every change of a source, region, indicator, cultural organisation, "
                    + "event, initiative or challenge, in the order their transactions committed, oldest first. The seed's own "
                    + "revisions are the first entries. An entry names the item, the operation, the time, the data version and the "
                    + "item's URL; GET the URL for its current state. Positions only grow, and a change is listed only once it is "
                    + "committed, with a position above every change listed before it: a client that keeps last_position and asks "
                    + "since= that value gets exactly the changes made after it, none twice and none missed.\n\n"
                    + "JSON by default; an Atom 1.0 feed with Accept: application/atom+xml or format=atom (RFC 5005 paging: "
                    + "link rel=\"next\").")
    @APIResponse(responseCode = "200", description = "A page of changes.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)),
            @Content(mediaType = AtomFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "The same page as an Atom 1.0 feed: one entry per change, its link rel=\"alternate\" the item's URL, its "
                            + "categories the kind (scheme urn:creative-economy:change:kind) and the operation "
                            + "(scheme urn:creative-economy:change:operation)."))})
    public Response list(
            @Parameter(description = "Where to start: a position (changes after it; 0 or absent = from the first) or an instant "
                    + "(changes committed at or after it).", example = "0") @QueryParam("since") String since,
            @Parameter(description = "Page size, 1 to 1000.", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page; it replaces since.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Representation, overriding Accept: json (the default) or atom.", example = "atom",
                    schema = @Schema(enumeration = {"json", "atom"})) @QueryParam("format") String format) {
        // format is applied by FormatFilter as an Accept header before this runs; declared here for the contract.
        int size = QueryParams.limit(limit);
        long start = cursor != null && !cursor.isBlank() ? position(cursor) : since(since);
        List<Change> changes = feed.after(start, size + 1);
        boolean more = changes.size() > size;
        List<Change> page = more ? changes.subList(0, size) : changes;
        if (page.isEmpty() && start > 0) {
            refuseBeyondNewest(start, cursor != null && !cursor.isBlank() ? "cursor" : "since");
        }
        long last = page.isEmpty() ? start : page.get(page.size() - 1).position();
        String next = more ? Pages.nextUrl(uri, Cursor.encode(List.of(Long.toString(last)))) : null;
        String base = uri.getBaseUri().toString().replaceAll("/+$", "") + "/";
        ChangePage result = new ChangePage(page.stream().map(change -> ChangeDto.of(change, base)).toList(), next, Pages.cursorOf(next), last);
        if (!wantsAtom()) {
            return Response.ok(result, MediaType.APPLICATION_JSON).build();
        }
        Instant updated = page.isEmpty() ? dataVersion.current().changedAt() : page.get(page.size() - 1).at();
        Response.ResponseBuilder atom = Response.ok(AtomFeed.write(result, uri.getRequestUri().toString(), base + "v1/changes", updated),
                AtomFeed.MEDIA_TYPE + "; charset=UTF-8");
        return next == null ? atom.build() : atom.header("Link", "<" + next + ">; rel=\"next\"").build();
    }

    private boolean wantsAtom() {
        for (MediaType type : request.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(AtomFeed.MEDIA_TYPE))) {
                return true;
            }
        }
        return false;
    }

    private long since(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        String value = raw.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException tooLarge) {
                throw ProblemException.invalidParameter("since", "'" + raw + "' is out of range", SINCE_ALLOWED);
            }
        }
        Instant instant;
        try {
            instant = Times.parseInstant("since", value);
        } catch (ProblemException notAnInstant) {
            throw ProblemException.invalidParameter("since", "'" + abbreviate(raw) + "' is neither a position nor an instant", SINCE_ALLOWED);
        }
        // Every change was committed after 1970 and before 10000: outside that, the answer is known without asking the database
        // (which cannot hold a year such as +1000000).
        if (instant.isBefore(Instant.EPOCH)) {
            return 0;
        }
        return instant.isAfter(LAST_INSTANT) ? feed.latestPosition() : feed.positionBefore(instant);
    }

    /**
     * A position after the newest change was never handed out by this feed: echoing it back as last_position would make
     * a client keep it and skip every change up to it once the feed grows there. It comes from a typo, another
     * installation, or a database restored to an earlier state; the client must sync again from a time.
     */
    private void refuseBeyondNewest(long start, String parameter) {
        long newest = feed.latestPosition();
        if (start > newest) {
            throw ProblemException.invalidParameter(parameter, "position " + start + " is after the newest change (" + newest + ")",
                    "a position from 0 to " + newest + ", or an ISO 8601 instant or date (if the data was restored to an earlier "
                    + "state since your last sync, sync again from the time of that sync)");
        }
    }

    private static long position(String cursor) {
        try {
            long position = Long.parseLong(Cursor.decode(cursor, 1).get(0));
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the problem below
        }
        throw ProblemException.invalidParameter("cursor", "malformed cursor", "only the value taken from the 'next' link of a previous page");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}

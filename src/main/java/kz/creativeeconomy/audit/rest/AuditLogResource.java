package kz.creativeeconomy.audit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.RequiresRole;
import kz.creativeeconomy.auth.Role;
import kz.creativeeconomy.common.ApiDefinition;
import kz.creativeeconomy.common.Cursor;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.http.formats.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/audit-log")
@Tag(name = "Audit log", description = "Every write (admin only).")
public class AuditLogResource {

    @Inject
    AuditLog audit;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @RequiresRole(Role.admin)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "listAuditLog", summary = "The audit log, oldest first (admin)")
    public Page<AuditEntryDto> list(@Parameter(description = "Page size, 1 to 1000.") @QueryParam("limit") String limit,
                                    @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit);
        Long after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Long.parseLong(Cursor.decode(cursor, 1).get(0));
            } catch (NumberFormatException e) {
                throw kz.creativeeconomy.common.ProblemException.invalidParameter("cursor", "malformed cursor", "only the value of a next link");
            }
        }
        List<AuditLog.Entry> entries = audit.list(after, size + 1);
        boolean more = entries.size() > size;
        List<AuditLog.Entry> page = more ? entries.subList(0, size) : entries;
        String next = more ? Pages.nextUrl(uri, Cursor.encode(List.of(String.valueOf(page.get(page.size() - 1).id())))) : null;
        return new Page<>(page.stream().map(AuditEntryDto::of).toList(), next);
    }
}

package kz.creativeeconomy.editing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import kz.creativeeconomy.auth.RequiresRole;
import kz.creativeeconomy.auth.Role;
import kz.creativeeconomy.common.ApiDefinition;
import kz.creativeeconomy.editing.CatalogueEndpoints;
import kz.creativeeconomy.editing.EditableCatalogue;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * POST, PUT and DELETE of a catalogue, written once for the seven catalogue resources, which inherit them by extending
 * the variant of their key's path parameter ({@link ById}, {@link ByCode}, {@link ByCodeOrSlug}: JAX-RS takes a path
 * parameter's name from an annotation, so each name needs its own pair of methods). What the contract says of each
 * catalogue's writes (operation ids, texts, body and answer schemas) is in {@link CatalogueWriteDocs}. Every method names
 * its media types itself: Quarkus REST takes the class-level ones of the class that declares a method, not of the resource.
 *
 * @param <D> what the catalogue's GET of one row answers, and so what a write answers
 */
public abstract class CatalogueWrites<D> {

    /** The catalogue a resource writes and how its GET shows a row, which a write answers with. */
    public record Target<D>(EditableCatalogue<?, ?> catalogue, Function<String, D> read) {
    }

    @Inject
    CatalogueEndpoints endpoints;

    protected abstract Target<D> writes();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @APIResponse(responseCode = "201", description = "Created.")
    public Response create(String body, @Context UriInfo uri) {
        Target<D> target = writes();
        return endpoints.create(target.catalogue(), body, uri, target.read());
    }

    protected D replace(String key, String ifMatch, String body, UriInfo uri) {
        Target<D> target = writes();
        return endpoints.update(target.catalogue(), key, ifMatch, body, uri, target.read());
    }

    protected Response remove(String key, String ifMatch, String reason, UriInfo uri) {
        return endpoints.delete(writes().catalogue(), key, ifMatch, reason, uri);
    }

    /** A catalogue whose rows are at /{id}. */
    public abstract static class ById<D> extends CatalogueWrites<D> {

        @PUT
        @Path("/{id}")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        @RequiresRole(Role.editor)
        @SecurityRequirement(name = ApiDefinition.SECURITY)
        public D update(@PathParam("id") String id, @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                        String body, @Context UriInfo uri) {
            return replace(id, ifMatch, body, uri);
        }

        @DELETE
        @Path("/{id}")
        @Produces(MediaType.APPLICATION_JSON)
        @RequiresRole(Role.editor)
        @SecurityRequirement(name = ApiDefinition.SECURITY)
        @APIResponse(responseCode = "204", description = "Deleted.")
        public Response delete(@PathParam("id") String id, @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                               @Parameter(required = true, example = "Created by mistake") @QueryParam("reason") String reason, @Context UriInfo uri) {
            return remove(id, ifMatch, reason, uri);
        }
    }

    /** A catalogue whose rows are at /{code}. */
    public abstract static class ByCode<D> extends CatalogueWrites<D> {

        @PUT
        @Path("/{code}")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        @RequiresRole(Role.editor)
        @SecurityRequirement(name = ApiDefinition.SECURITY)
        public D update(@PathParam("code") String code, @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                        String body, @Context UriInfo uri) {
            return replace(code, ifMatch, body, uri);
        }

        @DELETE
        @Path("/{code}")
        @Produces(MediaType.APPLICATION_JSON)
        @RequiresRole(Role.editor)
        @SecurityRequirement(name = ApiDefinition.SECURITY)
        @APIResponse(responseCode = "204", description = "Deleted.")
        public Response delete(@PathParam("code") String code, @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                               @Parameter(required = true, example = "Created by mistake") @QueryParam("reason") String reason, @Context UriInfo uri) {
            return remove(code, ifMatch, reason, uri);
        }
    }

    /** A catalogue whose rows are at /{code_or_slug}. */
    public abstract static class ByCodeOrSlug<D> extends CatalogueWrites<D> {

        @PUT
        @Path("/{code_or_slug}")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        @RequiresRole(Role.editor)
        @SecurityRequirement(name = ApiDefinition.SECURITY)
        public D update(@PathParam("code_or_slug") String codeOrSlug,
                        @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                        String body, @Context UriInfo uri) {
            return replace(codeOrSlug, ifMatch, body, uri);
        }

        @DELETE
        @Path("/{code_or_slug}")
        @Produces(MediaType.APPLICATION_JSON)
        @RequiresRole(Role.editor)
        @SecurityRequirement(name = ApiDefinition.SECURITY)
        @APIResponse(responseCode = "204", description = "Deleted.")
        public Response delete(@PathParam("code_or_slug") String codeOrSlug,
                               @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                               @Parameter(required = true, example = "Created by mistake") @QueryParam("reason") String reason, @Context UriInfo uri) {
            return remove(codeOrSlug, ifMatch, reason, uri);
        }
    }
}

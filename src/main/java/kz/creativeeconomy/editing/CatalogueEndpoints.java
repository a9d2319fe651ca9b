package kz.creativeeconomy.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.http.writes.WriteRequests;

/**
 * The HTTP side of a catalogue write, shared by the seven catalogue resources: parse the body strictly, write through
 * {@link CatalogueEditor}, make the new data version visible, and answer with the row as a GET would show it (201 with
 * Location for a create). A resource method keeps only its path, its parameters and its contract annotations.
 */
@ApplicationScoped
public class CatalogueEndpoints {

    @Inject
    WriteRequests writes;
    @Inject
    CatalogueEditor editor;
    @Inject
    Caller caller;

    /** 201 with Location naming the new row and the row itself, as {@code read} shows it. */
    public <E, I extends CatalogueInput> Response create(EditableCatalogue<E, I> catalogue, String body, UriInfo uri, Function<String, ?> read) {
        I input = writes.parse(body, catalogue.inputType());
        String key = editor.create(catalogue, input, caller.get(), uri.getPath());
        writes.changed();
        return Response.created(uri.getBaseUriBuilder().path(catalogue.collection() + "/{key}").build(key)).entity(read.apply(key)).build();
    }

    /** The changed row, as {@code read} shows it. */
    public <E, I extends CatalogueInput, D> D update(EditableCatalogue<E, I> catalogue, String key, String ifMatch, String body, UriInfo uri,
                                                     Function<String, D> read) {
        I input = writes.parse(body, catalogue.inputType());
        String changed = editor.update(catalogue, key, input, ifMatch, caller.get(), uri.getPath());
        writes.changed();
        return read.apply(changed);
    }

    /** 204. */
    public <E, I extends CatalogueInput> Response delete(EditableCatalogue<E, I> catalogue, String key, String ifMatch, String reason, UriInfo uri) {
        editor.delete(catalogue, key, reason, ifMatch, caller.get(), uri.getPath());
        writes.changed();
        return Response.noContent().build();
    }
}

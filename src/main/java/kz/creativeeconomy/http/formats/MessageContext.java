package kz.creativeeconomy.http.formats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.http.caching.DataVersion;

/**
 * What a whole-result message (JSON-stat dataset, SDMX data or structure message, DCAT catalogue) says about itself:
 * the language it is written in, the data version it was read at, the API's base URL its links start from and its own
 * URL. Written once so every format reads the version once per request and strips the base URL the same way.
 */
@RequestScoped
public class MessageContext {

    @Inject
    RequestLanguage language;
    @Inject
    DataVersion dataVersion;
    @Inject
    UriInfo uri;

    private DataVersion.Version version;

    public Language language() {
        return language.get();
    }

    /** The data version this request's message is of, read at the first call. */
    public DataVersion.Version version() {
        if (version == null) {
            version = dataVersion.current();
        }
        return version;
    }

    /** The API's base URL without a trailing slash, so "/v1/..." appends to it. */
    public String base() {
        return uri.getBaseUri().toString().replaceAll("/+$", "");
    }

    /** The URL this message was asked for, as the message's own link. */
    public String self() {
        return uri.getRequestUri().toString();
    }
}

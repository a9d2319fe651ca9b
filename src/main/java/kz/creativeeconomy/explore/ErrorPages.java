package kz.creativeeconomy.explore;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemTexts;

/**
 * A problem on a page of the explorer or an embed, answered to a browser, becomes a page: in the reader's language, saying
 * what is wrong (the unknown indicator, the parameter and what it allows) with the search box and a link home, under the
 * problem's own status. A client that prefers JSON, or sends no Accept, gets the problem+json every error is in the API.
 * Done as a response filter over the problem the mappers wrote, so every error a page can meet (unknown path, bad
 * parameter, database unavailable) is covered without each page catching its own.
 */
@Provider
public class ErrorPages implements ContainerResponseFilter {

    private static final List<String> PAGE_PREFIXES = List.of("/explore/", "/embed/");

    @Inject
    PageFrames frames;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !isPage(request.getUriInfo().getPath()) || !prefersHtml(request)) {
            return;
        }
        Lang lang = frames.langForError();
        ExploreMessages m = lang.messages();
        String path = request.getUriInfo().getPath();
        String id = request.getUriInfo().getPathParameters().values().stream().flatMap(List::stream).findFirst().orElse(null);
        String heading;
        String explanation;
        if (problem.status() == 404) {
            heading = m.errorNotFound();
            explanation = id == null ? m.errorNoPage() : missing(m, path, id);
        } else if (problem.status() >= 500 || problem.status() == 429) {
            heading = m.errorUnavailable();
            explanation = m.errorTryLater();
        } else {
            heading = m.errorCannotShow();
            explanation = problem.invalidParams() == null || problem.invalidParams().isEmpty() ? m.errorRequest() : m.errorParameters();
        }
        // The problem's own texts as the API gives them in this language (ProblemTexts), each marked with the language it is in.
        List<View.Parameter> parameters = problem.invalidParams() == null ? List.of()
                : problem.invalidParams().stream().map(p -> new View.Parameter(p.name(), text(lang, p.reason(), "reason."),
                        text(lang, p.allowed(), "allowed."))).toList();
        View view = new View(problem.status(), heading, explanation, parameters, text(lang, problem.detail(), "detail."), problem.requestId(),
                "/?lang=" + lang.language().name());
        String html = Templates.error(frames.frame(heading, null), view).setLocale(lang.locale()).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.getHeaders().putSingle("Content-Language", lang.language().name());
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Language");
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static Lang.Name text(Lang lang, String english, String kind) {
        Language.Localized localized = ProblemTexts.localize(english, kind, lang.language());
        return localized == null ? null : new Lang.Name(localized.text(), localized.language().name(), localized.language() != lang.language());
    }

    /** What a reader was looking for and is not there, by the page's path: /explore/indicators/{code}, ... */
    private static String missing(ExploreMessages m, String path, String id) {
        String kind = path.replaceFirst("^/(explore|embed)/", "");
        if (kind.startsWith("indicators/")) {
            return m.errorNoIndicator(id);
        }
        if (kind.startsWith("regions/")) {
            return m.errorNoRegion(id);
        }
        if (kind.startsWith("organisations/")) {
            return m.errorNoOrganisation(id);
        }
        if (kind.startsWith("events/")) {
            return m.errorNoEvent(id);
        }
        return m.errorNoPage();
    }

    static boolean isPage(String path) {
        return path != null && PAGE_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /**
     * A browser: its most preferred concrete type is text/html (browsers list it first; * / * at a lower q comes later).
     * A client asking for JSON, for anything, or saying nothing keeps the problem+json.
     */
    static boolean prefersHtml(ContainerRequestContext request) {
        for (MediaType type : request.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            return type.isCompatible(MediaType.TEXT_HTML_TYPE) || type.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE);
        }
        return false;
    }

    /** The error page: its status, what is wrong in the reader's language, the parameters at fault, the API's detail. */
    public record View(int status, String heading, String explanation, List<Parameter> parameters, Lang.Name detail, String requestId,
                       String homeHref) {

        /** A parameter at fault: its name as in the URL; why and what is allowed as the API says them (English unless translated). */
        public record Parameter(String name, Lang.Name reason, Lang.Name allowed) {
        }
    }
}

package kz.creativeeconomy.explore;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.common.StaticAssets;

/** The request's language and the frame of its page; every explorer page is answered through here. */
@RequestScoped
public class PageFrames {

    /** Each language named in itself, as a reader looks for it. */
    private static final List<String[]> LANGUAGES = List.of(new String[] {"kk", "Қазақша"}, new String[] {"ru", "Русский"},
            new String[] {"en", "English"});

    @Inject
    RequestLanguage requestLanguage;
    @Inject
    HttpServerRequest request;

    private Lang lang;

    public Lang lang() {
        if (lang == null) {
            lang = Lang.of(requestLanguage.get());
        }
        return lang;
    }

    /** The language of an error page: when lang= itself is the error shown, Accept-Language (or English) answers it. */
    Lang langForError() {
        if (lang == null) {
            try {
                lang();
            } catch (ProblemException badLanguage) {
                lang = Lang.of(RequestLanguage.resolve(null, request.getHeader("Accept-Language")));
            }
        }
        return lang;
    }

    /**
     * What a page is about, or the explorer's 404 naming what was asked for; listedBy says where the keys are listed
     * ("an id listed by /v1/events").
     */
    public <T> T found(Optional<T> entity, String what, String key, String listedBy) {
        return found(entity, what, key, listedBy, () -> null);
    }

    /** The same, naming the key it was probably meant to be when closest finds one (a mistyped link). */
    public <T> T found(Optional<T> entity, String what, String key, String listedBy, Supplier<String> closest) {
        return entity.orElseThrow(() -> {
            String guess = closest.get();
            return ProblemException.notFound(what, key, (guess == null ? "" : "Did you mean '" + guess + "'? ")
                    + "Use " + listedBy + ", or search from /.");
        });
    }

    /** Scheme, host and port as the reader reached us (X-Forwarded-* only when the proxy is trusted, as for the API). */
    public String base() {
        return request.scheme() + "://" + request.authority();
    }

    public Frame frame(String title, String query) {
        Language current = lang().language();
        List<Frame.LanguageLink> links = new ArrayList<>();
        for (String[] language : LANGUAGES) {
            links.add(new Frame.LanguageLink(language[0], language[1], withLanguage(language[0]), language[0].equals(current.name())));
        }
        return new Frame(current.name(), title, query, links, StaticAssets.url("/explore/explore.css"),
                StaticAssets.url("/explore/explore.js"));
    }

    /** This page's URL with lang set to a language and every other parameter kept. */
    String withLanguage(String code) {
        String query = request.query();
        String kept = query == null ? "" : Stream.of(query.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return request.path() + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + code;
    }

    /** The page as HTML in its language; its bytes depend on Accept and Accept-Language, which caches must know. */
    public Response page(TemplateInstance page) {
        return Response.ok(page.setLocale(lang().locale()).render())
                .type("text/html;charset=UTF-8")
                .header("Content-Language", lang().language().name())
                .header("Vary", "Accept, Accept-Language")
                .header("Cache-Control", "no-cache")
                .build();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

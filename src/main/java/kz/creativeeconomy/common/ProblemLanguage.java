package kz.creativeeconomy.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every problem the REST layer answers — thrown, mapped or aborted with by a filter — goes out in the language of the
 * request ({@link ProblemTexts}). A request whose lang is itself the problem is answered in English.
 */
public class ProblemLanguage {

    @Inject
    RequestLanguage language;

    @ServerResponseFilter
    public void localize(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            Language requested;
            try {
                requested = language.get();
            } catch (RuntimeException e) {
                requested = Language.en;
            }
            if (requested != Language.en) {
                response.setEntity(ProblemTexts.localize(problem, requested));
            }
        }
    }
}

package kz.creativeeconomy.explore;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The explorer's pages, src/main/resources/templates/explore/; Qute checks their expressions against these types at build time. */
@CheckedTemplate(basePath = "explore")
final class Templates {

    private Templates() {
    }

    static native TemplateInstance home(Frame frame, HomePage.View view);

    static native TemplateInstance search(Frame frame, SearchPage.View view);

    static native TemplateInstance series(Frame frame, SeriesView view);

    static native TemplateInstance region(Frame frame, RegionPage.View view);

    static native TemplateInstance organisation(Frame frame, CulturePages.OrganisationView view);

    static native TemplateInstance event(Frame frame, CulturePages.EventView view);

    static native TemplateInstance error(Frame frame, ErrorPages.View view);
}

package kz.creativeeconomy.common;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The contract's front matter: who answers for it, the terms of reuse, a server URL that works on whatever host
 * serves it, and an order in which a visitor of Swagger UI meets the public reads first and the admin tools last.
 */
final class ContractInfo {

    /** Tags in the order a reader should meet them; tags not listed come after these, admin ones last. */
    private static final List<String> TAG_ORDER = List.of("Home", "Observations", "Indicators", "Regions", "Sources", "Years", "Analysis",
            "Cultural organisations", "Events", "Challenges", "Initiatives", "Ecosystem model", "Imports", "Audit log", "API keys");

    static final String SUMMARY = "Open statistics on the creative economy and cultural sector of Kazakhstan, with the East Kazakhstan "
            + "region in front. Every value carries its unit, period, status and source.";

    static final String DATA_TERMS = "\n\n## Terms of reuse of the data\n\n"
            + "The figures are those printed in Astafyeva, A. G. & Konopyanova, G. A. (2025), \"Analysis of the state and development trends "
            + "of the creative and cultural sector of the economy in East Kazakhstan region\" (https://doi.org/10.52821/2789-4401-2025-2-46-69), "
            + "and in the sources it cites: the Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic "
            + "of Kazakhstan (stat.gov.kz) and the Akimat of East Kazakhstan region (gov.kz). As recorded in this API, neither the paper's text "
            + "nor these sources state a licence or terms of reuse for the figures, so this API grants none on their behalf: check the source "
            + "named on every value (GET /v1/sources lists each with its URL) before republishing, and cite it.\n\n"
            + "The API's software and this contract are under the licence in info.license; that licence covers the code, not the figures.\n\n"
            + "## CORS\n\nAny origin may read (Access-Control-Allow-Origin: * on every answer to a request that carries Origin); "
            + "writes are for server-side clients with an API key.";

    private ContractInfo() {
    }

    static void apply(OpenAPI openAPI) {
        // Set whole, here and not in application.properties: Quarkus applied a configured info-description to the served
        // document after this filter, so the document served at run time lost the terms the committed one has.
        openAPI.getInfo().description(SUMMARY + DATA_TERMS);
        openAPI.getInfo()
                .contact(OASFactory.createContact().name("Maintainers of the Creative Economy of Kazakhstan API (no public mailbox yet: "
                        + "the operator of a deployment adds one)"))
                .license(OASFactory.createLicense().name("Apache License 2.0").url("https://www.apache.org/licenses/LICENSE-2.0"));
        // Relative: Swagger UI and clients call the host they read the contract from, which behind a proxy (TRUST_PROXY) is the public one.
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("production: the host that serves this document (a relative URL, so it works on any host and port)")
                .addExtension("x-internal", false)));
        orderTags(openAPI);
        orderPaths(openAPI);
    }

    private static void orderTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        for (Tag tag : openAPI.getTags()) {
            if ("Home".equals(tag.getName()) && tag.getDescription() == null) {
                tag.setDescription("Where to start: the entry points of the API.");
            }
        }
        List<Tag> ordered = openAPI.getTags().stream()
                .sorted(Comparator.comparingInt(tag -> rank(tag.getName()))).toList();
        openAPI.setTags(new java.util.ArrayList<>(ordered));
    }

    private static int rank(String tag) {
        int at = TAG_ORDER.indexOf(tag);
        return at < 0 ? TAG_ORDER.size() - 3 : at; // unknown tags before Imports, Audit log and API keys
    }

    /** Paths follow their tag's rank, then read-only paths before paths that also write, then the path itself. */
    private static void orderPaths(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> ordered = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, PathItem>>comparingInt(e -> pathRank(e.getValue())).thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        openAPI.getPaths().setPathItems(ordered);
    }

    private static int pathRank(PathItem item) {
        return item.getOperations().values().stream()
                .mapToInt(operation -> {
                    String tag = operation.getTags() == null || operation.getTags().isEmpty() ? "" : operation.getTags().get(0);
                    return rank(tag) * 2 + (operation.getSecurity() == null || operation.getSecurity().isEmpty() ? 0 : 1);
                }).min().orElse(Integer.MAX_VALUE);
    }
}

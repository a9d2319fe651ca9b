package kz.creativeeconomy.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DCAT-AP catalogue as RDF nodes: the catalogue, one dataset per indicator that has observations, its
 * distributions (the API's own URLs, which answer as described), its publishers and its terms of reuse. Titles come
 * from the indicator's names in each language it has one; the descriptions are the project's own sentences in en, ru
 * and kk around those names. The sources state no terms of reuse, and the catalogue says exactly that instead of
 * naming a licence.
 */
public final class CatalogGraph {

    static final String COUNTRY_KAZ = "http://publications.europa.eu/resource/authority/country/KAZ";
    static final String THEMES = "http://publications.europa.eu/resource/authority/data-theme/";
    static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    /** Who publishes this catalogue (the explorer's schema.org Dataset names them too). */
    public static final String MAINTAINERS = "Maintainers of the Creative Economy of Kazakhstan open data API";
    /** EU data themes of the indicator topics; a topic missing here gets no theme rather than a guessed one. */
    static final Map<String, String> THEME_OF_TOPIC = Map.of("culture", "EDUC", "demography", "SOCI", "labour", "ECON",
            "macroeconomy", "ECON", "business", "ECON", "industry", "ECON", "construction", "ECON", "prices", "ECON",
            "creative-economy", "ECON", "living-standards", "SOCI");

    /** One way of getting a dataset's observations: its format, media type, and the query that returns all of them. */
    record Format(String key, String title, String fileType, String mediaType, String query, boolean download) {
    }

    static final List<Format> FORMATS = List.of(
            new Format("csv", "CSV", "CSV", "text/csv", "&format=csv&limit=all", true),
            new Format("xlsx", "xlsx workbook", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "&format=xlsx&limit=all", true),
            new Format("json-stat", "JSON-stat 2.0", "JSON", "application/json", "&format=json-stat", true),
            new Format("sdmx-csv", "SDMX-CSV 2.0", "CSV", "application/vnd.sdmx.data+csv", "&format=sdmx-csv&limit=all", true),
            new Format("json", "JSON pages (follow next)", "JSON", "application/json", "&limit=1000", false));

    private CatalogGraph() {
    }

    /** base: the API's absolute root without a trailing slash, such as http://localhost:8080. */
    public static List<Rdf.Node> of(String base, long version, Instant changedAt, List<CatalogService.IndicatorCoverage> indicators,
                                    List<CatalogService.SourceCitation> sources) {
        String catalogId = base + "/v1/catalog";
        Map<String, CatalogService.SourceCitation> sourceById = sources.stream()
                .collect(Collectors.toMap(CatalogService.SourceCitation::id, Function.identity()));
        Rdf.Literal modified = Rdf.Literal.typed(changedAt.toString(), "xsd:dateTime");
        List<Rdf.Node> nodes = new ArrayList<>();
        Rdf.Node catalog = new Rdf.Node(catalogId, "dcat:Catalog")
                .text("dct:title", "Creative economy of Kazakhstan: open statistics", "en")
                .text("dct:title", "Креативная экономика Казахстана: открытая статистика", "ru")
                .text("dct:title", "Қазақстанның креативті экономикасы: ашық статистика", "kk")
                .text("dct:description", "Every figure of Astafyeva & Konopyanova (2025) on the creative economy and the cultural sector "
                        + "of Kazakhstan and the East Kazakhstan region, each value with its unit, period, status and source.", "en")
                .text("dct:description", "Все показатели статьи Астафьевой и Конопьяновой (2025) о креативной экономике и секторе культуры "
                        + "Казахстана и Восточно-Казахстанской области; каждое значение с единицей измерения, периодом, статусом и источником.", "ru")
                .text("dct:description", "Астафьева мен Конопьянованың (2025) Қазақстан мен Шығыс Қазақстан облысының креативті экономикасы "
                        + "және мәдениет саласы туралы мақаласының барлық көрсеткіштері; әр мән өлшем бірлігімен, кезеңімен, мәртебесімен "
                        + "және дереккөзімен.", "kk")
                .iri("dct:publisher", base + "/v1/catalog#maintainers")
                .add("dct:modified", modified)
                .add("owl:versionInfo", Rdf.Literal.typed(Long.toString(version), null))
                .iri("dct:spatial", COUNTRY_KAZ)
                .iri("foaf:homepage", base + "/")
                .iri("dct:source", "https://doi.org/10.52821/2789-4401-2025-2-46-69");
        for (String language : List.of("http://publications.europa.eu/resource/authority/language/ENG",
                "http://publications.europa.eu/resource/authority/language/RUS", "http://publications.europa.eu/resource/authority/language/KAZ")) {
            catalog.iri("dct:language", language);
        }
        nodes.add(catalog);
        String maintainers = base + "/v1/catalog#maintainers";
        String contact = base + "/v1/catalog#contact";
        nodes.add(new Rdf.Node(maintainers, "foaf:Agent")
                .text("foaf:name", MAINTAINERS, "en"));
        // DCAT-AP recommends a contact point on every dataset: the service's home page, where the API and explorer are.
        nodes.add(new Rdf.Node(contact, "vcard:Organization")
                .text("vcard:fn", MAINTAINERS, "en")
                .iri("vcard:hasURL", base + "/"));
        List<Rdf.Node> agents = new ArrayList<>();
        List<Rdf.Node> rights = new ArrayList<>();
        for (CatalogService.IndicatorCoverage indicator : indicators) {
            if (indicator.observations() == 0) {
                continue;
            }
            String datasetId = catalogId + "#dataset-" + indicator.code();
            catalog.iri("dcat:dataset", datasetId);
            // DCAT-AP: one publisher, who makes the dataset available (this service); the statistics offices that
            // produced the figures are its creators.
            Rdf.Node dataset = DatasetNodes.dataset(base, datasetId, indicator, modified)
                    .iri("dct:publisher", maintainers)
                    .iri("dcat:contactPoint", contact);
            nodes.add(dataset);
            nodes.addAll(DatasetNodes.coverage(base, datasetId, indicator, dataset));
            for (String sourceId : indicator.sourceIds()) {
                CatalogService.SourceCitation source = sourceById.get(sourceId);
                String rightsId = rightsId(base, sourceId);
                dataset.iri("dct:rights", rightsId);
                if (rights.stream().noneMatch(n -> n.id().equals(rightsId))) {
                    rights.add(DatasetNodes.rights(rightsId, source));
                }
                if (source.publisher() != null) {
                    String agentId = catalogId + "#publisher-" + DatasetNodes.slug(source.publisher());
                    if (!dataset.properties().getOrDefault("dct:creator", List.of()).contains(new Rdf.Iri(agentId))) {
                        dataset.iri("dct:creator", agentId);
                    }
                    if (agents.stream().noneMatch(n -> n.id().equals(agentId))) {
                        // Untagged: the sources name their publishers in English or in Russian.
                        agents.add(new Rdf.Node(agentId, "foaf:Agent").add("foaf:name", Rdf.Literal.text(source.publisher(), null)));
                    }
                }
                if (source.url() != null && !dataset.properties().getOrDefault("dct:source", List.of()).contains(new Rdf.Iri(source.url()))) {
                    dataset.iri("dct:source", source.url());
                }
            }
            for (Format format : FORMATS) {
                nodes.add(DatasetNodes.distribution(base, datasetId, indicator, format, modified, dataset));
            }
        }
        nodes.addAll(agents);
        nodes.addAll(rights);
        return nodes;
    }

    /** The IRI of the statement of a source's terms of reuse. */
    public static String rightsId(String base, String sourceId) {
        return base + "/v1/catalog#rights-" + sourceId;
    }

    /** That statement in English: no source states terms of reuse, and no licence is claimed. */
    public static String rightsStatement(String title, String publisher) {
        String cited = title + (publisher == null ? "" : " (" + publisher + ")");
        return "Terms of reuse: none stated by the source, " + cited + ", in the material this API was built from. "
                + "No licence is claimed here; ask the publisher before reuse beyond citation.";
    }
}

package kz.creativeeconomy.catalog;

import java.util.ArrayList;
import java.util.List;

/** The nodes of one dataset of {@link CatalogGraph}: the dataset, its coverage, its distributions and its terms. */
final class DatasetNodes {

    private DatasetNodes() {
    }

    static Rdf.Node dataset(String base, String datasetId, CatalogService.IndicatorCoverage indicator, Rdf.Literal modified) {
        String en = indicator.nameEn();
        String ru = indicator.nameRu() == null || indicator.nameRu().isBlank() ? en : indicator.nameRu();
        String kk = indicator.nameKk() == null || indicator.nameKk().isBlank() ? en : indicator.nameKk();
        Rdf.Node dataset = new Rdf.Node(datasetId, "dcat:Dataset")
                .text("dct:title", en, "en")
                // A title in a language only where the indicator has a name in it: an English name is never tagged ru or kk.
                .text("dct:title", indicator.nameRu(), "ru")
                .text("dct:title", indicator.nameKk(), "kk")
                .text("dct:description", "Values of the indicator \"" + en + "\" by region and period, each with its unit, period, status "
                        + "and source." + (indicator.definitionEn() == null ? "" : " " + indicator.definitionEn()), "en")
                .text("dct:description", "Значения показателя «" + ru + "» по регионам и периодам, каждое с единицей измерения, периодом, "
                        + "статусом и источником.", "ru")
                .text("dct:description", "«" + kk + "» көрсеткішінің өңірлер мен кезеңдер бойынша мәндері, әрқайсысы өлшем бірлігімен, "
                        + "кезеңімен, мәртебесімен және дереккөзімен.", "kk")
                .add("dct:identifier", Rdf.Literal.text(indicator.code(), null))
                .add("dct:modified", modified)
                // The page a person reads: the explorer's, with the chart, table, sources and downloads.
                .iri("dcat:landingPage", base + "/explore/indicators/" + indicator.code())
                .text("dcat:keyword", indicator.topic(), "en")
                .text("dcat:keyword", "creative economy", "en")
                .text("dcat:keyword", "креативная экономика", "ru")
                .text("dcat:keyword", "креативті экономика", "kk")
                .text("dcat:keyword", "Kazakhstan", "en")
                .text("dcat:keyword", "Казахстан", "ru")
                .text("dcat:keyword", "Қазақстан", "kk")
                .iri("dct:spatial", CatalogGraph.COUNTRY_KAZ);
        String theme = CatalogGraph.THEME_OF_TOPIC.get(indicator.topic());
        if (theme != null) {
            dataset.iri("dcat:theme", CatalogGraph.THEMES + theme);
        }
        return dataset;
    }

    /** The period of time the observations cover, and the regions they are of (the API's region resources). */
    static List<Rdf.Node> coverage(String base, String datasetId, CatalogService.IndicatorCoverage indicator, Rdf.Node dataset) {
        List<Rdf.Node> nodes = new ArrayList<>();
        if (indicator.firstDay() != null) {
            String temporalId = datasetId + "-temporal";
            dataset.iri("dct:temporal", temporalId);
            nodes.add(new Rdf.Node(temporalId, "dct:PeriodOfTime")
                    .add("dcat:startDate", Rdf.Literal.typed(indicator.firstDay().toString(), "xsd:date"))
                    .add("dcat:endDate", Rdf.Literal.typed(indicator.lastDay().toString(), "xsd:date")));
        }
        for (String slug : indicator.regionSlugs()) {
            dataset.iri("dct:spatial", base + "/v1/regions/" + slug);
        }
        return nodes;
    }

    static Rdf.Node distribution(String base, String datasetId, CatalogService.IndicatorCoverage indicator, CatalogGraph.Format format,
                                 Rdf.Literal modified, Rdf.Node dataset) {
        String id = datasetId + "-" + format.key();
        dataset.iri("dcat:distribution", id);
        String url = base + "/v1/observations?indicator=" + indicator.code() + format.query();
        Rdf.Node distribution = new Rdf.Node(id, "dcat:Distribution")
                .text("dct:title", indicator.nameEn() + " (" + format.title() + ")", "en")
                .iri("dcat:accessURL", url)
                .iri("dcat:mediaType", CatalogGraph.IANA + format.mediaType())
                .iri("dct:format", CatalogGraph.FILE_TYPES + format.fileType())
                .add("dct:modified", modified);
        if (format.download()) {
            distribution.iri("dcat:downloadURL", url);
        }
        return distribution;
    }

    /** The terms of reuse a source states. None of the seed's sources states any, and this says so rather than naming a licence. */
    static Rdf.Node rights(String id, CatalogService.SourceCitation source) {
        String cited = source.title() + (source.publisher() == null ? "" : " (" + source.publisher() + ")");
        return new Rdf.Node(id, "dct:RightsStatement")
                .text("rdfs:label", CatalogGraph.rightsStatement(source.title(), source.publisher()), "en")
                .text("rdfs:label", "Условия повторного использования: источник (" + cited + ") их не указывает. Лицензия здесь не "
                        + "заявляется; для использования сверх цитирования обратитесь к издателю.", "ru")
                .text("rdfs:label", "Қайта пайдалану шарттары: дереккөз (" + cited + ") оларды көрсетпейді. Мұнда лицензия "
                        + "мәлімделмейді; дәйексөзден тыс пайдалану үшін баспагерге хабарласыңыз.", "kk");
    }

    /** A fragment for a name: its Latin letters and digits, and a hash of the whole name, so Cyrillic names stay distinct. */
    static String slug(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "" : slug + "-") + Integer.toHexString(text.hashCode());
    }
}

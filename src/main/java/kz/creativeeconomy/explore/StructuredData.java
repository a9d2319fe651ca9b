package kz.creativeeconomy.explore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.creativeeconomy.catalog.CatalogGraph;
import kz.creativeeconomy.http.caching.DataVersion;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;

/**
 * The schema.org Dataset that a series page or a region page embeds as JSON-LD, so that dataset search engines can list
 * what the page shows. It says what the DCAT catalogue (/v1/catalog) says: the terms of reuse as the sources state them
 * (none do: a usageInfo pointing at the catalogue's rights statement, and no license), the sources' publishers as
 * creators, the paper the figures are printed in, and distributions whose URLs answer with the page's data.
 *
 * <p>The context is inline and only sets the schema.org vocabulary, so a JSON-LD processor never fetches a remote one.
 */
@ApplicationScoped
public class StructuredData {

    static final String SCHEMA = "https://schema.org/";
    /** "Authors (year). Title. https://doi.org/..." as every source's cited_in gives the paper. */
    private static final Pattern PAPER = Pattern.compile("^(.+?) \\((\\d{4})\\)\\. (.+?)\\.? (https://doi\\.org/\\S+)$");

    /** A variable the dataset measures: an indicator with its unit label in the page's language. */
    public record Measured(String code, Lang.Name name, String unit, Lang.Name definition) {
    }

    /** What a page's dataset covers; observationsQuery selects its rows from /v1/observations (indicator=...&region=...). */
    public record Subject(String pageUrl, String name, String description, List<Region> places, List<Measured> variables,
                          List<ObservationRow> rows, String observationsQuery) {
    }

    @Inject
    ObjectMapper mapper;
    @Inject
    DataVersion dataVersion;
    @Inject
    SourceService sources;

    /**
     * What a region page's dataset is, in the page's language. Written here rather than in the message bundles: it is
     * metadata for search engines, not a word of the interface.
     */
    static String regionDescription(Lang lang, String region) {
        return switch (lang.language()) {
            case ru -> "Показатели креативной экономики и культурного сектора: " + region + ", каждое значение с единицей измерения, "
                    + "периодом, статусом и источником.";
            case kk -> "Креативті экономика мен мәдениет секторының көрсеткіштері: " + region + ", әр мән өлшем бірлігімен, кезеңімен, "
                    + "мәртебесімен және дереккөзімен.";
            default -> "Indicators of the creative economy and the cultural sector: " + region + ", every value with its unit, period, "
                    + "status and source.";
        };
    }

    /** The Dataset as a JSON text that is safe inside a script element: no "<", ">" or "&" in it, even within strings. */
    public String dataset(String base, Lang lang, Subject subject) {
        try {
            return mapper.writeValueAsString(node(base, lang, subject))
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the page's structured data", e);
        }
    }

    Map<String, Object> node(String base, Lang lang, Subject subject) {
        DataVersion.Version version = dataVersion.current();
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@context", Map.of("@vocab", SCHEMA));
        dataset.put("@type", "Dataset");
        dataset.put("@id", subject.pageUrl() + "#dataset");
        dataset.put("name", subject.name());
        dataset.put("description", subject.description());
        dataset.put("url", subject.pageUrl());
        dataset.put("inLanguage", lang.language().name());
        dataset.put("keywords", List.of("creative economy", "cultural sector", "Kazakhstan", "East Kazakhstan region"));
        dataset.put("isAccessibleForFree", true);
        dataset.put("version", Long.toString(version.number()));
        dataset.put("dateModified", version.changedAt().toString());

        List<Source> used = subject.rows().stream().map(ObservationRow::sourceId).distinct().sorted()
                .map(id -> sources.find(id).orElse(null)).filter(Objects::nonNull).toList();
        dataset.put("usageInfo", used.stream().map(source -> terms(base, source)).toList());
        Set<String> publishers = new LinkedHashSet<>();
        used.stream().map(s -> s.publisher).filter(Objects::nonNull).forEach(publishers::add);
        dataset.put("creator", publishers.stream().map(name -> Map.of("@type", "Organization", "name", name)).toList());
        dataset.put("publisher", Map.of("@type", "Organization", "name", CatalogGraph.MAINTAINERS, "url", base + "/"));
        temporal(subject.rows()).ifPresent(coverage -> dataset.put("temporalCoverage", coverage));
        dataset.put("spatialCoverage", subject.places().stream().map(region -> place(base, lang, region)).toList());
        dataset.put("variableMeasured", subject.variables().stream().map(variable -> variable(base, variable)).toList());
        dataset.put("distribution", distributions(base, subject.observationsQuery()));

        Set<String> papers = new LinkedHashSet<>();
        used.stream().map(s -> s.citedIn).filter(Objects::nonNull).forEach(papers::add);
        List<Object> basedOn = new ArrayList<>();
        papers.forEach(paper -> basedOn.add(paper(paper)));
        used.forEach(source -> basedOn.add(source(base, source)));
        dataset.put("isBasedOn", basedOn);
        dataset.put("citation", new ArrayList<>(papers));
        return dataset;
    }

    /** The catalogue's statement of the terms of reuse for a source (dct:rights of /v1/catalog), in English. */
    private static Map<String, Object> terms(String base, Source source) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("@type", "CreativeWork");
        terms.put("@id", CatalogGraph.rightsId(base, source.id));
        terms.put("text", CatalogGraph.rightsStatement(source.title, source.publisher));
        terms.put("inLanguage", "en");
        return terms;
    }

    /** First day of the first period to last day of the last, as an ISO 8601 interval. */
    private static java.util.Optional<String> temporal(List<ObservationRow> rows) {
        LocalDate first = rows.stream().map(ObservationRow::periodStart).min(LocalDate::compareTo).orElse(null);
        LocalDate last = rows.stream().map(ObservationRow::periodEnd).max(LocalDate::compareTo).orElse(null);
        return first == null || last == null ? java.util.Optional.empty() : java.util.Optional.of(first + "/" + last);
    }

    private static Map<String, Object> place(String base, Lang lang, Region region) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("@id", base + "/v1/regions/" + region.slug);
        place.put("name", HomePage.regionName(lang, region).text());
        place.put("identifier", region.code);
        place.put("url", base + "/explore/regions/" + region.slug);
        return place;
    }

    private static Map<String, Object> variable(String base, Measured measured) {
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("@type", "PropertyValue");
        variable.put("propertyID", base + "/v1/indicators/" + measured.code());
        variable.put("name", measured.name().text());
        variable.put("unitText", measured.unit());
        if (measured.definition() != null && measured.definition().text() != null) {
            variable.put("description", measured.definition().text());
        }
        return variable;
    }

    private static List<Map<String, Object>> distributions(String base, String query) {
        String url = base + "/v1/observations?" + query;
        return List.of(download("CSV", "text/csv", url + "&format=csv&limit=all"),
                download("JSON", "application/json", url + "&limit=1000"),
                download("JSON-stat 2.0", "application/json", url + "&format=json-stat"));
    }

    private static Map<String, Object> download(String name, String encodingFormat, String contentUrl) {
        Map<String, Object> download = new LinkedHashMap<>();
        download.put("@type", "DataDownload");
        download.put("name", name);
        download.put("encodingFormat", encodingFormat);
        download.put("contentUrl", contentUrl);
        return download;
    }

    /** The paper that prints the figures, read from the citation every source carries. */
    private static Map<String, Object> paper(String citation) {
        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("@type", "ScholarlyArticle");
        Matcher parts = PAPER.matcher(citation.trim());
        if (parts.matches()) {
            paper.put("@id", parts.group(4));
            paper.put("name", parts.group(3));
            paper.put("author", List.of(parts.group(1).split(", (?=[^,]+ [A-Z]\\.)")).stream()
                    .map(name -> Map.of("@type", "Person", "name", name)).toList());
            paper.put("datePublished", parts.group(2));
            paper.put("url", parts.group(4));
        } else {
            paper.put("name", citation);
        }
        return paper;
    }

    private static Map<String, Object> source(String base, Source source) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("@id", base + "/v1/sources/" + source.id);
        work.put("name", source.title);
        if (source.publisher != null) {
            work.put("publisher", Map.of("@type", "Organization", "name", source.publisher));
        }
        if (source.url != null) {
            work.put("url", source.url);
        }
        return work;
    }
}

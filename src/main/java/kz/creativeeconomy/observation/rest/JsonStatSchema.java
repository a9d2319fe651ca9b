package kz.creativeeconomy.observation.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON-stat 2.0 dataset that JsonStatDataset writes, field by field, for the contract only (the writer builds the
 * JSON tree itself). Every field it always writes is required; unit (indicator only) and reference_number are not.
 */
final class JsonStatSchema {

    private JsonStatSchema() {
    }

    @Schema(name = "JsonStatDataset", description = "A JSON-stat 2.0 dataset (https://json-stat.org/full/): dimensions indicator (metric), "
            + "region (geo), period (time) and breakdown; value in row-major order with null for gaps; a status and a source per cell.")
    record Dataset(
            @Schema(required = true, enumeration = "2.0") String version,
            @Schema(name = "class", required = true, enumeration = "dataset") String datasetClass,
            @Schema(required = true, description = "The URL that answered this dataset.", examples = "http://localhost:8080/v1/observations/json-stat?indicator=creative-gva") String href,
            @Schema(required = true, description = "The dataset's title in the requested language.") String label,
            @Schema(required = true, description = "Where the figures come from.") String source,
            @Schema(required = true, description = "When the published data last changed (ISO 8601).", format = "date-time") String updated,
            @Schema(required = true, description = "The dimension ids, in the order of value.", examples = "[\"indicator\", \"region\", \"period\", \"breakdown\"]") List<String> id,
            @Schema(required = true, description = "The number of categories of each dimension of id.") List<Integer> size,
            @Schema(required = true) Role role,
            @Schema(required = true) Dimensions dimension,
            @Schema(required = true, description = "One cell per combination of categories, row-major; null where no observation exists. "
                    + "With sparse=true an object of cell index to value holding the non-empty cells only.") Object value,
            @Schema(required = true, description = "The status (final, preliminary, ...) of each cell that has a value, by cell index.") Map<String, String> status,
            @Schema(required = true) Extension extension) {
    }

    @Schema(name = "JsonStatRole")
    record Role(@Schema(required = true) List<String> metric, @Schema(required = true) List<String> geo, @Schema(required = true) List<String> time) {
    }

    @Schema(name = "JsonStatDimensions")
    record Dimensions(@Schema(required = true) Dimension indicator, @Schema(required = true) Dimension region,
                      @Schema(required = true) Dimension period, @Schema(required = true) Dimension breakdown) {
    }

    @Schema(name = "JsonStatDimension")
    record Dimension(@Schema(required = true, description = "The dimension's name in the requested language.") String label,
                     @Schema(required = true) Category category) {
    }

    @Schema(name = "JsonStatCategory")
    record Category(@Schema(required = true, description = "Position of each category id.") Map<String, Integer> index,
                    @Schema(required = true, description = "Label of each category id, in the requested language.") Map<String, String> label,
                    @Schema(description = "Indicator dimension only: the unit of each indicator.") Map<String, Unit> unit) {
    }

    @Schema(name = "JsonStatUnit")
    record Unit(@Schema(required = true, description = "Unit label in the requested language.", examples = "million tenge") String label,
                @Schema(required = true) int decimals,
                @Schema(required = true, description = "The base unit code.", examples = "KZT") String base,
                @Schema(required = true, description = "Power of ten the values are multiplied by.", examples = "6") int multiplier) {
    }

    @Schema(name = "JsonStatExtension", description = "What JSON-stat has no field for: the language, the sources, the source and footnote of each cell.")
    record Extension(@Schema(required = true, enumeration = {"en", "ru", "kk"}) String language,
                     @Schema(required = true, description = "The cited sources, by source id.") Map<String, Source> sources,
                     @Schema(required = true, description = "The source id of each cell that has a value, by cell index.") Map<String, String> cellSources,
                     @Schema(required = true, description = "Footnotes by cell index, for the cells that have one.") Map<String, String> footnotes) {
    }

    @Schema(name = "JsonStatSource")
    record Source(@Schema(required = true) String title, @Schema(required = true) String locator,
                  @Schema(description = "The number of the source in the paper's reference list, when it has one.") Integer referenceNumber,
                  @Schema(required = true, nullable = true) String url) {
    }

}

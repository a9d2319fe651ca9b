package kz.creativeeconomy.datapackage.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.http.caching.DataVersion;
import kz.creativeeconomy.source.rest.SourceDto;

/** The package-level properties of datapackage.json and the field descriptions that carry units and meaning. */
final class PackageDescriptor {

    private PackageDescriptor() {
    }

    static Map<String, Object> of(DataVersion.Version version, List<SourceDto> sources) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", "creative-economy-kazakhstan");
        descriptor.put("title", "Creative economy of Kazakhstan: open statistics");
        descriptor.put("description", "Every figure of Astafyeva & Konopyanova (2025), doi:10.52821/2789-4401-2025-2-46-69, on the creative "
                + "economy and the cultural sector of Kazakhstan and the East Kazakhstan region, each value with its unit, period, "
                + "status and source. Terms of reuse: none of the sources states any in the material this package was built from, "
                + "so no licence is named here; ask the publishers before reuse beyond citation.");
        descriptor.put("keywords", List.of("creative economy", "culture", "Kazakhstan", "East Kazakhstan"));
        // The data version: the package is the same bytes for as long as it is current.
        descriptor.put("created", version.changedAt().toString());
        descriptor.put("data_version", version.number());
        List<Object> cited = new ArrayList<>();
        for (SourceDto source : sources) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", source.title() + " (" + source.locator() + ")");
            if (source.url() != null) {
                entry.put("path", source.url());
            }
            cited.add(entry);
        }
        descriptor.put("sources", cited);
        return descriptor;
    }

    static Map<String, String> observationFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("value", "Exact decimal as published, in the row's unit x 10^unit_multiplier (columns unit, unit_label, unit_multiplier).");
        fields.put("unit", "Unit of measure of value (KZT, percent, persons, units, visits, index).");
        fields.put("unit_multiplier", "Power of ten of value: 6 = millions, 3 = thousands.");
        fields.put("decimals", "Decimals the source publishes for this indicator.");
        fields.put("status", "final, provisional, estimated or break.");
        fields.put("period_code", "SDMX-style period: 2023, 2024-Q4, 2025-01, 2024-01/2024-09 (a span), 2025-01-01 (a stock date).");
        fields.put("region_code", "KATO code of the region (KZ for the Republic).");
        fields.put("source_id", "The source of the value: a row of sources.csv.");
        return fields;
    }

    static Map<String, String> indicatorFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("unit", "Unit of measure of the indicator's values.");
        fields.put("unit_multiplier", "Power of ten the values are expressed in: 6 = millions.");
        return fields;
    }
}

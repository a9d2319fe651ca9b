package kz.creativeeconomy.observation.rest;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters every form of the observations takes (/v1/observations, its JSON-stat dataset and its SDMX-CSV and
 * SDMX-JSON messages), declared and documented once as a {@code @BeanParam}; {@link ObservationFilters} checks them.
 */
public class ObservationFilterParameters {

    @Parameter(description = "Indicator code; repeatable or comma-separated.", example = "creative-gva")
    @QueryParam("indicator")
    List<String> indicator;

    @Parameter(description = "Region code or slug; repeatable or comma-separated.", example = "east-kazakhstan")
    @QueryParam("region")
    List<String> region;

    @Parameter(description = "Exact period code; repeatable or comma-separated.", example = "2023")
    @QueryParam("period")
    List<String> period;

    @Parameter(description = "Periods starting on or after the start of this period or date (inclusive).", example = "2019")
    @QueryParam("from")
    String from;

    @Parameter(description = "Periods starting on or before the end of this period or date (inclusive).", example = "2021")
    @QueryParam("to")
    String to;

    @Parameter(description = "Period frequency; repeatable or comma-separated.", example = "annual")
    @QueryParam("frequency")
    List<String> frequency;

    @Parameter(description = "Status; repeatable or comma-separated.", example = "final")
    @QueryParam("status")
    List<String> status;

    @Parameter(description = "Breakdown: 'none' for totals only, a dimension (organisation_type) or dimension:member (organisation_type:museums); repeatable.",
            example = "none")
    @QueryParam("breakdown")
    List<String> breakdown;
}

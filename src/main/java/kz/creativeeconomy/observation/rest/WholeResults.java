package kz.creativeeconomy.observation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.http.formats.MessageContext;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;

/**
 * The whole filtered result, for the formats that answer it as one message (JSON-stat from /v1/observations/json-stat
 * and format=json-stat, SDMX-JSON): one size limit, checked the same way for all.
 */
@ApplicationScoped
public class WholeResults {

    /** The most observations one message holds; larger requests must filter or export CSV. */
    public static final int MAX = 100_000;

    @Inject
    ObservationService observations;
    @Inject
    MessageContext context;

    /**
     * Every observation the query matches. parameter and instead name what a too large result is blamed on and what to
     * do instead: the operations are reached with different parameters.
     */
    public List<ObservationRow> rows(ObservationQuery query, String parameter, String instead) {
        List<ObservationRow> rows = observations.list(query, MAX + 1);
        if (rows.size() > MAX) {
            throw ProblemException.invalidParameter(parameter, "the filtered result has more than " + MAX + " observations", instead);
        }
        return rows;
    }

    /** The whole result as one JSON-stat 2.0 dataset. */
    Response jsonStat(ObservationQuery query, boolean sparse, String parameter, String instead) {
        return Response.ok(JsonStatDataset.of(rows(query, parameter, instead), context.language(), context.version().changedAt(), context.self(),
                sparse), MediaType.APPLICATION_JSON_TYPE).build();
    }
}

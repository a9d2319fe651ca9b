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
 * The JSON-stat dataset answer, written once for GET /v1/observations/json-stat and for format=json-stat on
 * /v1/observations, so both keep the same size limit and the same dataset.
 */
@ApplicationScoped
public class JsonStatAnswers {

    /** The most observations a JSON-stat dataset holds; larger requests must filter or export CSV. */
    static final int MAX = 100_000;

    @Inject
    ObservationService observations;
    @Inject
    MessageContext context;

    /**
     * The whole filtered result as one dataset. parameter and instead name what a too large result is blamed on and
     * what to do instead: the two operations are reached with different parameters.
     */
    Response dataset(ObservationQuery query, boolean sparse, String parameter, String instead) {
        List<ObservationRow> rows = observations.list(query, MAX + 1);
        if (rows.size() > MAX) {
            throw ProblemException.invalidParameter(parameter, "the filtered result has more than " + MAX + " observations", instead);
        }
        return Response.ok(JsonStatDataset.of(rows, context.language(), context.version().changedAt(), context.self(), sparse),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}

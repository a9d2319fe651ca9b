package kz.creativeeconomy.initiative;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InitiativeService {

    /** Validated filters; null means "no filter". */
    public List<Initiative> list(String actor, Integer year) {
        StringBuilder query = new StringBuilder("from Initiative i left join fetch i.organisation join fetch i.source where 1 = 1");
        Parameters parameters = new Parameters();
        if (actor != null) {
            query.append(" and i.actor = :actor");
            parameters.and("actor", actor);
        }
        if (year != null) {
            query.append(" and i.year = :year");
            parameters.and("year", year);
        }
        return Initiative.list(query + " order by i.id", parameters);
    }

    public Optional<Initiative> find(String id) {
        return Initiative.find("from Initiative i left join fetch i.organisation join fetch i.source where i.id = ?1", id).firstResultOptional();
    }
}

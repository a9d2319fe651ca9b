package kz.creativeeconomy.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.creativeeconomy.common.Where;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InitiativeService {

    /** Validated filters; null means "no filter". */
    public List<Initiative> list(String actor, Integer year) {
        Where where = new Where("from Initiative i left join fetch i.organisation join fetch i.source")
                .and("i.actor = :actor", "actor", actor)
                .and("i.year = :year", "year", year);
        return Initiative.list(where.orderBy("i.id"), where.parameters());
    }

    public Optional<Initiative> find(String id) {
        return Initiative.find("from Initiative i left join fetch i.organisation join fetch i.source where i.id = ?1", id).firstResultOptional();
    }
}

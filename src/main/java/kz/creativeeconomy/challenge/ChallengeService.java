package kz.creativeeconomy.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.creativeeconomy.common.Where;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChallengeService {

    /**
     * Validated filters; null means "no filter". table is the number of the paper's table (4 or 5).
     * Ordered by table, then by the row order of the table.
     */
    public List<Challenge> list(String identifiedBy, String table) {
        Where where = new Where("from Challenge c join fetch c.source")
                .and("c.identifiedBy = :identifiedBy", "identifiedBy", identifiedBy)
                .and("c.paperTable = :table", "table", table == null ? null : "Table " + table);
        return Challenge.list(where.orderBy("c.paperTable, c.ordinal"), where.parameters());
    }

    public Optional<Challenge> find(String id) {
        return Challenge.find("from Challenge c join fetch c.source where c.id = ?1", id).firstResultOptional();
    }

    /** The challenge printed in this row of this table, if any: rows order the list and must not repeat. */
    public Optional<Challenge> inRow(String paperTable, int ordinal) {
        return Challenge.find("paperTable = ?1 and ordinal = ?2", paperTable, ordinal).firstResultOptional();
    }
}

package kz.creativeeconomy.challenge;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChallengeService {

    /**
     * Validated filters; null means "no filter". table is the number of the paper's table (4 or 5).
     * Ordered by table, then by the row order of the table.
     */
    public List<Challenge> list(String identifiedBy, String table) {
        StringBuilder query = new StringBuilder("from Challenge c join fetch c.source where 1 = 1");
        Parameters parameters = new Parameters();
        if (identifiedBy != null) {
            query.append(" and c.identifiedBy = :identifiedBy");
            parameters.and("identifiedBy", identifiedBy);
        }
        if (table != null) {
            query.append(" and c.paperTable = :table");
            parameters.and("table", "Table " + table);
        }
        return Challenge.list(query + " order by c.paperTable, c.ordinal", parameters);
    }

    public Optional<Challenge> find(String id) {
        return Challenge.find("from Challenge c join fetch c.source where c.id = ?1", id).firstResultOptional();
    }

    /** The challenge printed in this row of this table, if any: rows order the list and must not repeat. */
    public Optional<Challenge> inRow(String paperTable, int ordinal) {
        return Challenge.find("paperTable = ?1 and ordinal = ?2", paperTable, ordinal).firstResultOptional();
    }
}

package kz.creativeeconomy.ecosystem;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import kz.creativeeconomy.source.Cited;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of Table 7: an actor's role in the model under the conditions of East Kazakhstan region. */
@Entity
public class EcosystemAdaptation extends Cited {
    @Id
    public String actor;
    public String roleEn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> examplesEn;
    public String vectorEn;
}

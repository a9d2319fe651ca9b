package kz.creativeeconomy.ecosystem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import kz.creativeeconomy.source.Source;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of Table 7: an actor's role in the model under the conditions of East Kazakhstan region. */
@Entity
@Table(name = "ecosystem_adaptation")
public class EcosystemAdaptation extends PanacheEntityBase {
    @Id
    public String actor;
    @Column(name = "role_en")
    public String roleEn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "examples_en")
    public List<String> examplesEn;
    @Column(name = "vector_en")
    public String vectorEn;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;
}

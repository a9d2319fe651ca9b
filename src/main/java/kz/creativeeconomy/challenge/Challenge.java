package kz.creativeeconomy.challenge;

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

/** A problem of Table 4 (sphere of culture) or Table 5 (creative industry) with its proposed solutions. */
@Entity
@Table(name = "challenge")
public class Challenge extends PanacheEntityBase {

    /** Who identified the problem or proposed the solutions (check constraints of the challenge table). */
    public static final List<String> PARTIES = List.of("akimat", "authors");
    /** The tables of the paper that print problems and solutions. */
    public static final List<String> TABLES = List.of("4", "5");

    @Id
    public String id;
    @Column(name = "paper_table")
    public String paperTable;
    @Column(name = "identified_by")
    public String identifiedBy;
    @Column(name = "solutions_by")
    public String solutionsBy;
    @Column(name = "problem_area_en")
    public String problemAreaEn;
    @Column(name = "problem_en")
    public String problemEn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "issues_en")
    public List<String> issuesEn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "solutions_en")
    public List<String> solutionsEn;
    public int ordinal;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;
}

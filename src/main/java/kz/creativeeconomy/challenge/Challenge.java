package kz.creativeeconomy.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import kz.creativeeconomy.source.Cited;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A problem of Table 4 (sphere of culture) or Table 5 (creative industry) with its proposed solutions. */
@Entity
public class Challenge extends Cited {

    /** Who identified the problem or proposed the solutions (check constraints of the challenge table). */
    public static final List<String> PARTIES = List.of("akimat", "authors");
    /** The tables of the paper that print problems and solutions. */
    public static final List<String> TABLES = List.of("4", "5");

    @Id
    public String id;
    public String paperTable;
    public String identifiedBy;
    public String solutionsBy;
    public String problemAreaEn;
    public String problemEn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> issuesEn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> solutionsEn;
    public int ordinal;
}

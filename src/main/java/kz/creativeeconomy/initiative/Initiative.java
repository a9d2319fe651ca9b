package kz.creativeeconomy.initiative;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.source.Source;

/** An implemented activity of Table 8, by the actor that carried it out. */
@Entity
@Table(name = "initiative")
public class Initiative extends PanacheEntityBase {

    /** The actors of the check constraint on initiative.actor, in the order Table 8 prints them. */
    public static final List<String> ACTORS = List.of("government", "business", "university");

    @Id
    public String id;
    public String actor;
    /** Publication year of the cited source; null when the paper dates nothing. */
    public Integer year;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "description_en")
    public String descriptionEn;
    @Column(name = "significance_en")
    public String significanceEn;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public CulturalOrganisation organisation;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;
}

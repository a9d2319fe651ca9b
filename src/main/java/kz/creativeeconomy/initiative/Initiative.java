package kz.creativeeconomy.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.List;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.source.Cited;

/** An implemented activity of Table 8, by the actor that carried it out. */
@Entity
public class Initiative extends Cited {

    /** The actors of the check constraint on initiative.actor, in the order Table 8 prints them. */
    public static final List<String> ACTORS = List.of("government", "business", "university");

    @Id
    public String id;
    public String actor;
    /** Publication year of the cited source; null when the paper dates nothing. */
    public Integer year;
    public String titleEn;
    public String descriptionEn;
    public String significanceEn;
    @ManyToOne(fetch = FetchType.LAZY)
    public CulturalOrganisation organisation;
}

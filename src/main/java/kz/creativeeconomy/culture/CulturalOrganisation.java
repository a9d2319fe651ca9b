package kz.creativeeconomy.culture;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.source.NamedAndCited;

@Entity
public class CulturalOrganisation extends NamedAndCited {
    @Id
    public String id;
    public String type;
    @ManyToOne(fetch = FetchType.LAZY)
    public Region region;
    @ManyToOne(fetch = FetchType.LAZY)
    public CulturalOrganisation parent;
    public String descriptionEn;
    public String descriptionRu;
    public String descriptionKk;
}

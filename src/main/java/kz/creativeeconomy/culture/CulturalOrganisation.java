package kz.creativeeconomy.culture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.common.NamedInThreeLanguages;

@Entity
@Table(name = "cultural_organisation")
public class CulturalOrganisation extends NamedInThreeLanguages {
    @Id
    public String id;
    public String type;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    public Region region;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public CulturalOrganisation parent;
    @Column(name = "description_en")
    public String descriptionEn;
    @Column(name = "description_ru")
    public String descriptionRu;
    @Column(name = "description_kk")
    public String descriptionKk;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;
}

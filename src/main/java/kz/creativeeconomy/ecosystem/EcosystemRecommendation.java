package kz.creativeeconomy.ecosystem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import kz.creativeeconomy.source.Source;

/** One recommendation of the last column of Table 8, in the order printed for its actor. */
@Entity
@Table(name = "ecosystem_recommendation")
public class EcosystemRecommendation extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @Column(name = "recommendation_en")
    public String recommendationEn;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    @Embeddable
    public record Key(@Column(name = "actor") String actor, @Column(name = "ordinal") Integer ordinal) implements Serializable {
    }
}

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

/** One cell of Table 6: what an actor contributes to an aspect. */
@Entity
@Table(name = "ecosystem_contribution")
public class EcosystemContribution extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @Column(name = "contribution_en")
    public String contributionEn;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    @Embeddable
    public record Key(@Column(name = "actor") String actor, @Column(name = "aspect") String aspect) implements Serializable {
    }
}

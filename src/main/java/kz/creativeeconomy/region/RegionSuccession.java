package kz.creativeeconomy.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A territorial change: a predecessor region gave (part of) its territory to a successor on a date. */
@Entity
@Table(name = "region_succession")
public class RegionSuccession extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @MapsId("predecessorId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    public Region predecessor;
    @MapsId("successorId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    public Region successor;
    public String kind;
    public String note;
    @Column(name = "source_url")
    public String sourceUrl;

    @Embeddable
    public record Key(@Column(name = "predecessor_id") Integer predecessorId,
                      @Column(name = "successor_id") Integer successorId,
                      @Column(name = "changed_on") LocalDate changedOn) implements Serializable {
    }
}

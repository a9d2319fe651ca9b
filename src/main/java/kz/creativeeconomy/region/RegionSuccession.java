package kz.creativeeconomy.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.io.Serializable;
import java.time.LocalDate;

/** A territorial change: a predecessor region gave (part of) its territory to a successor on a date. */
@Entity
public class RegionSuccession extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @MapsId("predecessorId")
    @ManyToOne(fetch = FetchType.LAZY)
    public Region predecessor;
    @MapsId("successorId")
    @ManyToOne(fetch = FetchType.LAZY)
    public Region successor;
    public String kind;
    public String note;
    public String sourceUrl;

    @Embeddable
    public record Key(Integer predecessorId, Integer successorId, LocalDate changedOn) implements Serializable {
    }
}

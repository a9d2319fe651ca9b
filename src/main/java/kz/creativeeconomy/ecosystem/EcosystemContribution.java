package kz.creativeeconomy.ecosystem;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import kz.creativeeconomy.source.Cited;

/** One cell of Table 6: what an actor contributes to an aspect. */
@Entity
public class EcosystemContribution extends Cited {

    @EmbeddedId
    public Key key;
    public String contributionEn;

    @Embeddable
    public record Key(String actor, String aspect) implements Serializable {
    }
}

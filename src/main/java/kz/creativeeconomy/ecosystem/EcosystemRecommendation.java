package kz.creativeeconomy.ecosystem;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import kz.creativeeconomy.source.Cited;

/** One recommendation of the last column of Table 8, in the order printed for its actor. */
@Entity
public class EcosystemRecommendation extends Cited {

    @EmbeddedId
    public Key key;
    public String recommendationEn;

    @Embeddable
    public record Key(String actor, Integer ordinal) implements Serializable {
    }
}

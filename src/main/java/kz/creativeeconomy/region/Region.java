package kz.creativeeconomy.region;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import kz.creativeeconomy.common.NamedInThreeLanguages;

@Entity
public class Region extends NamedInThreeLanguages {
    /** Internal: the public keys are the code and the slug. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;
    public String code;
    public String slug;
    public String level;
    @ManyToOne(fetch = FetchType.LAZY)
    public Region parent;
    public LocalDate validFrom;
    public LocalDate validTo;
    public String note;
}

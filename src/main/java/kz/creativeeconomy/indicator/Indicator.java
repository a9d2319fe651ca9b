package kz.creativeeconomy.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import kz.creativeeconomy.common.NamedInThreeLanguages;

@Entity
public class Indicator extends NamedInThreeLanguages {
    /** Internal: the public key is the code. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;
    public String code;
    public String definitionEn;
    /** The project's translations of the definition; read-only here (migrations keep them, see V20). */
    @Column(insertable = false, updatable = false)
    public String definitionRu;
    @Column(insertable = false, updatable = false)
    public String definitionKk;
    public String topic;
    public String unit;
    public int unitMultiplier;
    public int decimals;
    public String formula;
    public boolean additive;
    public String nameSource;
}

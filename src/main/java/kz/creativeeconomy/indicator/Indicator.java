package kz.creativeeconomy.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.creativeeconomy.common.NamedInThreeLanguages;

@Entity
@Table(name = "indicator")
public class Indicator extends NamedInThreeLanguages {
    /** Internal: the public key is the code. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;
    public String code;
    @Column(name = "definition_en")
    public String definitionEn;
    /** The project's translations of the definition; read-only here (migrations keep them, see V20). */
    @Column(name = "definition_ru", insertable = false, updatable = false)
    public String definitionRu;
    @Column(name = "definition_kk", insertable = false, updatable = false)
    public String definitionKk;
    public String topic;
    public String unit;
    @Column(name = "unit_multiplier")
    public int unitMultiplier;
    public int decimals;
    public String formula;
    public boolean additive;
    @Column(name = "name_source")
    public String nameSource;
}

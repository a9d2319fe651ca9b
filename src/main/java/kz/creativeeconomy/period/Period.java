package kz.creativeeconomy.period;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class Period extends PanacheEntityBase {
    @Id
    public Integer id;
    public String code;
    public String frequency;
    public LocalDate startDate;
    public LocalDate endDate;
}

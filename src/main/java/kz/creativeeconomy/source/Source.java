package kz.creativeeconomy.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicInsert;

/** A citation. Inserts leave out null columns, so an empty cited_in takes the schema's default: the paper. */
@Entity
@DynamicInsert
public class Source extends PanacheEntityBase {
    @Id
    public String id;
    public Integer referenceNumber;
    public String locator;
    public String title;
    /** The language the source gives its title in; read-only here (set by V20, forgotten by a trigger when the title changes). */
    @Column(insertable = false, updatable = false)
    public String titleLanguage;
    public String publisher;
    public String url;
    public LocalDate accessedOn;
    public String citedIn;
    public String note;
}

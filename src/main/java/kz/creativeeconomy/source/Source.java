package kz.creativeeconomy.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicInsert;

/** A citation. Inserts leave out null columns, so an empty cited_in takes the schema's default: the paper. */
@Entity
@Table(name = "source")
@DynamicInsert
public class Source extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "reference_number")
    public Integer referenceNumber;
    public String locator;
    public String title;
    /** The language the source gives its title in; read-only here (set by V20, forgotten by a trigger when the title changes). */
    @Column(name = "title_language", insertable = false, updatable = false)
    public String titleLanguage;
    public String publisher;
    public String url;
    @Column(name = "accessed_on")
    public LocalDate accessedOn;
    @Column(name = "cited_in")
    public String citedIn;
    public String note;
}

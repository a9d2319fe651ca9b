package kz.creativeeconomy.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.source.NamedAndCited;

/** A cultural event as the paper reports it. Dates are set only when the paper prints the day. */
@Entity
public class Event extends NamedAndCited {

    /** The values of the check constraint on event.recurrence. */
    public static final List<String> RECURRENCES = List.of("annual", "one_off", "recurring", "unknown");

    @Id
    public String id;
    public String kind;
    @ManyToOne(fetch = FetchType.LAZY)
    public Region region;
    public String place;
    public int year;
    public LocalDate startDate;
    public LocalDate endDate;
    public String recurrence;
    @ManyToOne(fetch = FetchType.LAZY)
    public CulturalOrganisation organisation;
    public String organiser;
    public String targetEn;
    public String descriptionEn;
    public String resultsEn;
    /** ISO 3166-1 alpha-2 codes of the countries taking part. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "event_country", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "country_code")
    public Set<String> countries = new TreeSet<>();
}

package kz.creativeeconomy.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that cites where the paper got it (column source_id): initiatives, challenges and the ecosystem model's
 * cells. One mapping, so every catalogue that serves a figure or a statement loads its source the same lazy way.
 */
@MappedSuperclass
public abstract class Cited extends PanacheEntityBase {
    @ManyToOne(fetch = FetchType.LAZY)
    public Source source;
}

package kz.creativeeconomy.source;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import kz.creativeeconomy.common.NamedInThreeLanguages;

/** A catalogue row named in three languages that also cites its source (organisations, events); see {@link Cited}. */
@MappedSuperclass
public abstract class NamedAndCited extends NamedInThreeLanguages {
    @ManyToOne(fetch = FetchType.LAZY)
    public Source source;
}

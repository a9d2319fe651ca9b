package kz.creativeeconomy.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.creativeeconomy.http.caching.DataVersion;

/** The {@link Catalogue} of the current data version, loaded once per version. */
@ApplicationScoped
public class CatalogueCache {

    @Inject
    EntityManager entityManager;
    @Inject
    DataVersion dataVersion;

    private volatile Catalogue catalogue;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Catalogue current() {
        long version = dataVersion.current().number();
        Catalogue loaded = catalogue;
        if (loaded == null || loaded.version() != version) {
            loaded = Catalogue.load(entityManager, version);
            catalogue = loaded;
        }
        return loaded;
    }

    /**
     * An indicator's unit with its power of ten in a language ("million tenge"), as the API's unit_label gives it, from
     * the indicator itself: for a page or chart with no values to take it from.
     */
    public kz.creativeeconomy.common.Language.Localized unitLabel(int indicatorId, kz.creativeeconomy.common.Language language) {
        Catalogue.IndicatorEntry entry = current().indicator(indicatorId);
        if (entry == null) {
            // Created since the cached catalogue was loaded.
            entry = reload().indicator(indicatorId);
        }
        return kz.creativeeconomy.common.UnitLabels.label(language, entry.unitEn(), entry.unitRu(), entry.unitKk(),
                entry.multiplierEn(), entry.multiplierRu(), entry.multiplierKk());
    }

    /** A fresh catalogue, for rows that refer to something the cached one does not know yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Catalogue reload() {
        dataVersion.invalidate();
        Catalogue loaded = Catalogue.load(entityManager, dataVersion.current().number());
        catalogue = loaded;
        return loaded;
    }
}

package kz.creativeeconomy.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;

/**
 * The name columns that regions, indicators, cultural organisations and events share: English required, Russian and
 * Kazakh optional (the DTOs fall back to English and say so). One place, so the columns and the language pick cannot
 * drift apart between catalogues.
 */
@MappedSuperclass
public abstract class NamedInThreeLanguages extends PanacheEntityBase {
    public String nameEn;
    public String nameRu;
    public String nameKk;

    public Language.Localized name(Language language) {
        return language.pick(nameEn, nameRu, nameKk);
    }
}

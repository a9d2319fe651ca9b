package kz.creativeeconomy.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The name columns that regions, indicators, cultural organisations and events share: English required, Russian and
 * Kazakh optional (the DTOs fall back to English and say so). One place, so the columns and their mapping from an
 * edit cannot drift apart between catalogues.
 */
@MappedSuperclass
public abstract class NamedInThreeLanguages extends PanacheEntityBase {
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_kk")
    public String nameKk;

    /** Sets the three names at once, as an edit replaces them together. */
    public void rename(String en, String ru, String kk) {
        nameEn = en;
        nameRu = ru;
        nameKk = kk;
    }

    public Language.Localized name(Language language) {
        return language.pick(nameEn, nameRu, nameKk);
    }
}

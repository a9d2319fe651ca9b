package kz.creativeeconomy.observation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.common.Language;

/**
 * Everything an observation refers to — indicators with their units, regions, periods, sources, breakdown labels —
 * held in memory, so reading observations is one narrow query on the observation table with no joins to plan or
 * repeat per row. It is small (hundreds of rows even at national scale) and reloaded when the data version changes.
 */
public record Catalogue(long version, ById<IndicatorEntry> indicators, ById<RegionEntry> regions,
                        ById<PeriodEntry> periods, ByText<SourceEntry> sources, ByText<BreakdownEntry> breakdowns,
                        Map<String, Integer> indicatorIds, Map<String, Integer> regionIds, Footnotes footnotes) {

    public Catalogue(long version, ById<IndicatorEntry> indicators, ById<RegionEntry> regions, ById<PeriodEntry> periods,
                     ByText<SourceEntry> sources, ByText<BreakdownEntry> breakdowns, Map<String, Integer> indicatorIds,
                     Map<String, Integer> regionIds) {
        this(version, indicators, regions, periods, sources, breakdowns, indicatorIds, regionIds, new Footnotes(Map.of()));
    }

    /**
     * Indicators, regions or periods by id, for {@link Rows#row}: it runs for every row of every page, and looking them up
     * in a map (an Integer boxed per id, a hash per lookup) was a few per cent of a page. Ids are serial, so the array is
     * about as long as the table; with an id beyond {@link #MAX_ARRAY_ID} (or a negative one) the map serves.
     */
    record ById<E>(E[] array, Map<Integer, E> map) {
        static final int MAX_ARRAY_ID = 1 << 20;

        static <E> ById<E> of(Map<Integer, E> byId, E[] empty) {
            int max = byId.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            if (max >= MAX_ARRAY_ID || byId.keySet().stream().anyMatch(id -> id < 0)) {
                return new ById<>(null, byId);
            }
            E[] array = java.util.Arrays.copyOf(empty, max + 1);
            byId.forEach((id, entry) -> array[id] = entry);
            return new ById<>(array, byId);
        }

        E get(int id) {
            if (array == null) {
                return map.get(id);
            }
            return id >= 0 && id < array.length ? array[id] : null;
        }
    }

    public record IndicatorEntry(int id, String code, String nameEn, String nameRu, String nameKk, String unit, int unitMultiplier,
                                 int decimals, String unitEn, String unitRu, String unitKk, String multiplierEn, String multiplierRu,
                                 String multiplierKk, Derived derived) {
    }

    public record RegionEntry(int id, String code, String slug, String nameEn, String nameRu, String nameKk, String level, Derived derived) {
    }

    public record PeriodEntry(int id, String code, String frequency, LocalDate start, LocalDate end, Derived derived) {
    }

    /** titleLanguage: the language the source gives its title in (never a translation); null when not recorded. */
    public record SourceEntry(String id, Integer referenceNumber, String locator, String title, String titleLanguage, String publisher,
                              String url, LocalDate accessedOn, Derived derived) {
    }

    /**
     * The project's translations of footnotes, by the English text (table footnote_translation). Keyed by text, not by
     * observation, so a footnote read as of an earlier date or edited since is translated exactly when its words are.
     */
    public record Footnotes(Map<String, String[]> byEnglish) {

        /** The footnote in this language, or the English text, marked en, when it has no translation. */
        public Language.Localized localize(String footnote, Language language) {
            if (footnote == null || language == Language.en) {
                return new Language.Localized(footnote, Language.en);
            }
            String[] translations = byEnglish.get(footnote);
            return language.pick(footnote, translations == null ? null : translations[0], translations == null ? null : translations[1]);
        }
    }

    public record BreakdownEntry(String dimension, String member, String dimensionEn, String dimensionRu, String dimensionKk, String memberEn, String memberRu, String memberKk,
                                 Derived derived) {
    }

    /**
     * Representations derived from one entry of this catalogue (its JSON or CSV in each language, say), made once by
     * whoever writes them and reused by every row that refers to the entry. They go with the catalogue: a change of
     * the data loads a new one, with new entries and nothing derived yet. A value is only ever replaced by an equal one,
     * so a race makes the same value twice, no more. Each writer names what it keeps with {@link Key}s of its own.
     */
    public static final class Derived {
        private static final int KEYS = 32;
        private final java.util.concurrent.atomic.AtomicReferenceArray<Object> values = new java.util.concurrent.atomic.AtomicReferenceArray<>(KEYS);

        /** One kind of derived value; made once, as a constant of the writer that derives it. */
        public static final class Key {
            private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();
            private final int index = NEXT.getAndIncrement();

            public Key() {
                if (index >= KEYS) {
                    throw new IllegalStateException("More than " + KEYS + " kinds of derived values; raise Catalogue.Derived.KEYS");
                }
            }

            /** One key per language, indexed by {@link kz.creativeeconomy.common.Language#ordinal()}. */
            public static Key[] perLanguage() {
                Key[] keys = new Key[Language.values().length];
                for (int n = 0; n < keys.length; n++) {
                    keys[n] = new Key();
                }
                return keys;
            }
        }

        public Object get(Key key) {
            return values.get(key.index);
        }

        public void set(Key key, Object value) {
            values.set(key.index, value);
        }
    }

    /** The statuses a row can carry, by their UTF-8 bytes, as the shared constant strings. */
    private static final ByText<String> STATUSES = ByText.of(Statuses.ALL.stream().collect(java.util.stream.Collectors.toMap(s -> s, s -> s)));

    @SuppressWarnings("unchecked")
    static Catalogue load(EntityManager entityManager, long version) {
        Map<Integer, IndicatorEntry> indicators = new HashMap<>();
        Map<String, Integer> indicatorIds = new HashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery("""
                select i.id, i.code, i.name_en, i.name_ru, i.name_kk, i.unit, i.unit_multiplier, i.decimals,
                       u.name_en, u.name_ru, u.name_kk, um.name_en, um.name_ru, um.name_kk
                from indicator i join unit u on u.code = i.unit left join unit_multiplier um on um.power = i.unit_multiplier""").getResultList()) {
            IndicatorEntry e = new IndicatorEntry(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), (String) r[8], (String) r[9], (String) r[10], (String) r[11],
                    (String) r[12], (String) r[13], new Derived());
            indicators.put(e.id(), e);
            indicatorIds.put(e.code(), e.id());
        }
        Map<Integer, RegionEntry> regions = new HashMap<>();
        Map<String, Integer> regionIds = new HashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery(
                "select id, code, slug, name_en, name_ru, name_kk, level from region").getResultList()) {
            RegionEntry e = new RegionEntry(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], new Derived());
            regions.put(e.id(), e);
            regionIds.put(e.code(), e.id());
            regionIds.put(e.slug(), e.id());
        }
        Map<Integer, PeriodEntry> periods = new HashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery(
                "select id, code, frequency, start_date, end_date from period").getResultList()) {
            periods.put(((Number) r[0]).intValue(), new PeriodEntry(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                    ObservationService.date(r[3]), ObservationService.date(r[4]), new Derived()));
        }
        Map<String, SourceEntry> sources = new HashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery(
                "select id, reference_number, locator, title, title_language, publisher, url, accessed_on from source").getResultList()) {
            sources.put((String) r[0], new SourceEntry((String) r[0], r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], ObservationService.date(r[7]), new Derived()));
        }
        Map<String, String[]> footnotes = new HashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery(
                "select footnote_en, footnote_ru, footnote_kk from footnote_translation").getResultList()) {
            footnotes.put((String) r[0], new String[] {(String) r[1], (String) r[2]});
        }
        List<BreakdownEntry> breakdowns = new java.util.ArrayList<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery("""
                select m.dimension_code, m.code, d.name_en, d.name_ru, d.name_kk, m.name_en, m.name_ru, m.name_kk
                from breakdown_member m join breakdown_dimension d on d.code = m.dimension_code""").getResultList()) {
            breakdowns.add(new BreakdownEntry((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], new Derived()));
        }
        return new Catalogue(version, ById.of(indicators, new IndicatorEntry[0]), ById.of(regions, new RegionEntry[0]),
                ById.of(periods, new PeriodEntry[0]), ByText.of(sources),
                ByText.ofPairs(breakdowns.stream().map(BreakdownEntry::dimension).toList(),
                        breakdowns.stream().map(BreakdownEntry::member).toList(), breakdowns),
                indicatorIds, regionIds, new Footnotes(Map.copyOf(footnotes)));
    }

    /** The indicator with this id, with its unit's names; null when there is none. */
    public IndicatorEntry indicator(int id) {
        return indicators.get(id);
    }

    /** A reader of the rows of one result. */
    Rows rows() {
        return new Rows(this);
    }

    /**
     * Completes the rows of one result from the catalogue. Breakdown, status and source come as the UTF-8 bytes the
     * driver received (null for none), found through {@link ByText.Last}.
     */
    static final class Rows {
        private final Catalogue catalogue;
        private final ByText.Last<SourceEntry> sources;
        private final ByText.Last<String> statuses = STATUSES.last();
        private final ByText.Last<BreakdownEntry> breakdowns;

        private Rows(Catalogue catalogue) {
            this.catalogue = catalogue;
            this.sources = catalogue.sources.last();
            this.breakdowns = catalogue.breakdowns.last();
        }

        /** The row completed, or null when it refers to something this catalogue does not know. */
        ObservationRow row(long id, int indicatorId, int regionId, int periodId, byte[] dimension, byte[] member,
                           java.math.BigDecimal value, byte[] status, String footnote, byte[] sourceId) {
            IndicatorEntry i = catalogue.indicators.get(indicatorId);
            RegionEntry r = catalogue.regions.get(regionId);
            PeriodEntry p = catalogue.periods.get(periodId);
            SourceEntry s = sources.get(sourceId);
            BreakdownEntry b = dimension == null ? null : breakdowns.get(dimension, member);
            if (i == null || r == null || p == null || s == null || (dimension != null && b == null)) {
                return null;
            }
            return new ObservationRow(id, i, r, p, b, value, status(status), footnote, s, catalogue.footnotes);
        }

        private String status(byte[] key) {
            String known = statuses.get(key);
            return known != null || key == null ? known : new String(key, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

}

-- One search over indicators (and their breakdown members), regions, cultural organisations and events, in en, ru
-- and kk, Cyrillic or Latin, forgiving small typos (GET /v1/search and the explorer's search box).
--
-- pg_trgm ships with PostgreSQL's contrib modules (the embedded zonky binaries and Debian's postgresql-contrib).
-- Its trigrams count only letters the database's LC_CTYPE calls letters, and in a database created with the C locale
-- (the embedded one, and many hosted ones) no Cyrillic letter is one: Russian and Kazakh words would yield no trigrams.
-- So every text is first folded by search_fold: Cyrillic transliterated to Latin and lower-cased, which makes the
-- search independent of the locale and lets "muzei" find "музей" and "музей" find "Muzei".
create extension if not exists pg_trgm;

create function search_fold(t text) returns text language sql immutable parallel safe strict as $$
    select lower(translate(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            t, 'щ', 'shch'), 'Щ', 'shch'), 'ж', 'zh'), 'Ж', 'zh'), 'х', 'kh'), 'Х', 'kh'), 'ц', 'ts'), 'Ц', 'ts'),
            'ч', 'ch'), 'Ч', 'ch'), 'ш', 'sh'), 'Ш', 'sh'), 'ю', 'yu'), 'Ю', 'yu'), 'я', 'ya'), 'Я', 'ya'),
        -- one Latin letter per Cyrillic one, Kazakh letters included (ә ғ қ ң ө ұ ү һ і); ъ and ь have none and go
        'абвгдеёзийклмнопрстуфыэАБВГДЕЁЗИЙКЛМНОПРСТУФЫЭәғқңөұүһіӘҒҚҢӨҰҮҺІъьЪЬ«»"',
        'abvgdeeziiklmnoprstufyeabvgdeeziiklmnoprstufyeagqnouuhiagqnouuhi'))
$$;

-- The folded text of each kind of row. The search and the indexes use these same functions, so the planner matches
-- the indexes to the search's conditions. PostgreSQL 17 builds indexes with search_path = pg_catalog, so each function
-- keeps the search_path it was created with to find search_fold.
create function indicator_search_text(i indicator) returns text language sql immutable parallel safe set search_path from current as $$
    select search_fold(i.code || ' ' || i.name_en || ' ' || coalesce(i.name_ru, '') || ' ' || coalesce(i.name_kk, ''))
$$;
create function breakdown_member_search_text(m breakdown_member) returns text language sql immutable parallel safe set search_path from current as $$
    select search_fold(m.code || ' ' || m.name_en || ' ' || coalesce(m.name_ru, '') || ' ' || coalesce(m.name_kk, ''))
$$;
create function region_search_text(r region) returns text language sql immutable parallel safe set search_path from current as $$
    select search_fold(r.slug || ' ' || r.code || ' ' || r.name_en || ' ' || coalesce(r.name_ru, '') || ' ' || coalesce(r.name_kk, ''))
$$;
create function cultural_organisation_search_text(o cultural_organisation) returns text language sql immutable parallel safe set search_path from current as $$
    select search_fold(o.id || ' ' || o.name_en || ' ' || coalesce(o.name_ru, '') || ' ' || coalesce(o.name_kk, '') || ' ' || o.type)
$$;
create function event_search_text(e event) returns text language sql immutable parallel safe set search_path from current as $$
    select search_fold(e.id || ' ' || e.name_en || ' ' || coalesce(e.name_ru, '') || ' ' || coalesce(e.name_kk, '') || ' ' || e.kind
                       || ' ' || coalesce(e.place, ''))
$$;

create index indicator_search_idx on indicator using gin (indicator_search_text(indicator) gin_trgm_ops);
create index breakdown_member_search_idx on breakdown_member using gin (breakdown_member_search_text(breakdown_member) gin_trgm_ops);
create index region_search_idx on region using gin (region_search_text(region) gin_trgm_ops);
create index cultural_organisation_search_idx on cultural_organisation using gin (cultural_organisation_search_text(cultural_organisation) gin_trgm_ops);
create index event_search_idx on event using gin (event_search_text(event) gin_trgm_ops);

-- Other names a reader types for a region: the abbreviations of East Kazakhstan (EKR in English, ВКО in Russian, ШҚО in
-- Kazakh, which the seed's own note gives and the paper's Russian abstract uses) and the former names of Astana and
-- Semey that the seed's notes mention. GET /v1/search and the explorer's search box found none of them. The aliases are
-- searched only: no response lists them (a region's JSON stays as it was). Aliases are separated by ', '; a query that is
-- one of them whole ranks its region above the organisations whose names contain it (SearchService).
alter table region add column search_aliases text;
comment on column region.search_aliases is 'Other names and abbreviations, searched by GET /v1/search; not served.';

update region set search_aliases = 'EKR, ВКО, ШҚО' where slug = 'east-kazakhstan';
update region set search_aliases = 'Nur-Sultan, Нур-Султан, Нұр-Сұлтан' where slug = 'astana';
update region set search_aliases = 'Semipalatinsk, Семипалатинск' where slug = 'semey';
update region set search_aliases = 'Абайская область' where slug = 'abai';

create or replace function region_search_text(r region) returns text language sql immutable parallel safe set search_path from current as $$
    select search_fold(r.slug || ' ' || r.code || ' ' || r.name_en || ' ' || coalesce(r.name_ru, '') || ' ' || coalesce(r.name_kk, '')
                       || ' ' || coalesce(r.search_aliases, ''))
$$;

-- The index holds the function's old results.
reindex index region_search_idx;

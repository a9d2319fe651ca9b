-- Synthetic observations for the benchmark (bench/run.sh). Runs with psql against the BENCH database only, after
-- Flyway has created the schema and the seed data:
--   psql -v base_rows=1000000 -v total_rows=10000000 -f bench/generate.sql
--
-- Shape (all synthetic, marked as such in names, notes and sources):
--   regions    the seed's Republic (KZ) > 20 regions > 230 districts: 251 regions that carry data
--   indicators 100: 70 annual, 20 quarterly, 10 monthly; a quarter without breakdown, the others broken down by
--              sex (2 members), kind of activity (24) or age group (17: 0-4 ... 80+)
--   periods    2010-2024: 15 years, 60 quarters, 180 months (codes already in the seed are reused)
--   rows       first the totals (no breakdown) of every indicator x region series, in a fixed pseudo-random series
--              order, up to base_rows (251 x 4,050 = 1,016,550 are possible, so about 1.6 % of series are missing);
--              then breakdown series of the kept totals (about 9.6 million possible), again in a fixed pseudo-random order,
--              up to total_rows.
--              So scale M (1,000,000 = base) is exactly the breakdown=none slice of scale L (10,000,000): a query that
--              asks for totals, a hot series or a JSON-stat table gets the same rows at both scales.
--   physical   rows are inserted period by period (as a statistics office publishes them), so one series is spread
--              over many heap pages, as it would be after years of loading.
--   values     deterministic (hash of the key): same data on every machine. Status ~80 % final, 12 % provisional,
--              6 % estimated, 2 % break; 1 % of rows carry a footnote.
-- Speed: triggers and foreign-key checks are off for the bulk insert (session_replication_role = replica; the data
-- is consistent by construction), period_start is set directly, secondary indexes are dropped and rebuilt from their
-- own definitions afterwards, and data_version is bumped by hand.
\set ON_ERROR_STOP on
\timing on

set maintenance_work_mem = '1GB';
set work_mem = '512MB';
set max_parallel_maintenance_workers = 2;

begin;

insert into source (id, reference_number, locator, title, publisher, url, accessed_on, note) values
('bench-regional-accounts', null, 'synthetic', 'Synthetic regional accounts (benchmark data)', 'bench/generate.sql',
 'https://example.org/bench/regional-accounts', '2025-01-01', 'Generated for load tests; not real data.'),
('bench-labour-survey', null, 'synthetic', 'Synthetic labour force survey (benchmark data)', 'bench/generate.sql',
 'https://example.org/bench/labour-survey', '2025-01-01', 'Generated for load tests; not real data.'),
('bench-culture-census', null, 'synthetic', 'Synthetic census of cultural organisations (benchmark data)', 'bench/generate.sql',
 'https://example.org/bench/culture-census', '2025-01-01', 'Generated for load tests; not real data.'),
('bench-business-register', null, 'synthetic', 'Synthetic business register (benchmark data)', 'bench/generate.sql',
 'https://example.org/bench/business-register', '2025-01-01', 'Generated for load tests; not real data.');

-- Regions: codes 99RR00000 (not used by KATO), districts 99RRNNN00, NNN from 001.
insert into region (code, slug, name_en, name_ru, name_kk, level, parent_id, note)
select '99' || lpad(r::text, 2, '0') || '00000', 'bench-region-' || lpad(r::text, 2, '0'),
       'Bench Region ' || r, 'Тестовая область ' || r, 'Сынақ облысы ' || r, 'region',
       (select id from region where code = 'KZ'), 'Synthetic region for load tests (bench/generate.sql).'
from generate_series(1, 20) r;

insert into region (code, slug, name_en, name_ru, name_kk, level, parent_id, note)
select '99' || lpad(((d - 1) % 20 + 1)::text, 2, '0') || lpad(((d - 1) / 20 + 1)::text, 3, '0') || '00',
       'bench-district-' || lpad(((d - 1) % 20 + 1)::text, 2, '0') || '-' || lpad(((d - 1) / 20 + 1)::text, 3, '0'),
       'Bench District ' || ((d - 1) % 20 + 1) || '.' || ((d - 1) / 20 + 1),
       'Тестовый район ' || ((d - 1) % 20 + 1) || '.' || ((d - 1) / 20 + 1),
       'Сынақ ауданы ' || ((d - 1) % 20 + 1) || '.' || ((d - 1) / 20 + 1), 'district',
       (select id from region where code = '99' || lpad(((d - 1) % 20 + 1)::text, 2, '0') || '00000'),
       'Synthetic district for load tests (bench/generate.sql).'
from generate_series(1, 230) d
order by d;

-- Periods 2010-2024; codes the seed already has (2018, 2024-Q4, ...) are reused.
insert into period (code, frequency, start_date, end_date)
select y::text, 'annual', make_date(y, 1, 1), make_date(y, 12, 31) from generate_series(2010, 2024) y
union all
select y || '-Q' || q, 'quarterly', make_date(y, 3 * q - 2, 1), (make_date(y, 3 * q - 2, 1) + interval '3 months - 1 day')::date
from generate_series(2010, 2024) y, generate_series(1, 4) q
union all
select y || '-' || lpad(m::text, 2, '0'), 'monthly', make_date(y, m, 1), (make_date(y, m, 1) + interval '1 month - 1 day')::date
from generate_series(2010, 2024) y, generate_series(1, 12) m
on conflict (code) do nothing;

insert into breakdown_dimension (code, name_en, name_ru, name_kk) values
('bench_sex', 'Sex (synthetic)', 'Пол (тест)', 'Жынысы (сынақ)'),
('bench_activity', 'Kind of economic activity (synthetic)', 'Вид экономической деятельности (тест)', 'Экономикалық қызмет түрі (сынақ)'),
('bench_age_group', 'Age group (synthetic)', 'Возрастная группа (тест)', 'Жас тобы (сынақ)');
insert into breakdown_member (dimension_code, code, name_en, name_ru, name_kk)
select 'bench_sex', c, n, r, k from (values ('male', 'Male', 'Мужчины', 'Ерлер'), ('female', 'Female', 'Женщины', 'Әйелдер')) v(c, n, r, k)
union all
select 'bench_activity', 'activity-' || lpad(a::text, 2, '0'), 'Activity ' || a, 'Деятельность ' || a, 'Қызмет ' || a
from generate_series(1, 24) a
union all
select 'bench_age_group', 'age-' || lpad((5 * g)::text, 2, '0') || case when g = 16 then '-plus' else '-' || lpad((5 * g + 4)::text, 2, '0') end,
       'Age ' || 5 * g || case when g = 16 then '+' else '-' || 5 * g + 4 end,
       'Возраст ' || 5 * g || case when g = 16 then '+' else '-' || 5 * g + 4 end,
       'Жасы ' || 5 * g || case when g = 16 then '+' else '-' || 5 * g + 4 end
from generate_series(0, 16) g;

create temp table bench_indicator as
select k,
       'bench-indicator-' || lpad(k::text, 3, '0') as code,
       case when k % 10 <= 6 then 'annual' when k % 10 <= 8 then 'quarterly' else 'monthly' end as frequency,
       case k % 4 when 0 then null when 1 then 'bench_sex' when 2 then 'bench_activity' else 'bench_age_group' end as dimension,
       (array['KZT', 'persons', 'count', 'visits', 'percent', 'index'])[k % 6 + 1] as unit,
       (array['economy', 'labour', 'culture', 'business', 'tourism', 'education', 'digital', 'population'])[k % 8 + 1] as topic,
       (array['bench-regional-accounts', 'bench-labour-survey', 'bench-culture-census', 'bench-business-register'])[k % 4 + 1] as source_id
from generate_series(1, 100) k;

insert into indicator (code, name_en, name_ru, name_kk, definition_en, topic, unit, unit_multiplier, decimals, additive, name_source)
select code, 'Bench indicator ' || k || ' (' || topic || ', ' || frequency || ')', 'Тестовый показатель ' || k, 'Сынақ көрсеткіші ' || k,
       'Synthetic ' || frequency || ' indicator for load tests' || coalesce(', broken down by ' || dimension, '') || '.',
       topic, unit, case unit when 'KZT' then 6 when 'visits' then 3 else 0 end,
       case when unit in ('KZT', 'percent', 'index') then 1 else 0 end, unit in ('KZT', 'persons', 'count', 'visits'),
       'bench/generate.sql'
from bench_indicator order by k;

create temp table bench_period as
select id, frequency, start_date, row_number() over (partition by frequency order by start_date) as rn
from period
where start_date between '2010-01-01' and '2024-12-31'
  and ((frequency = 'annual' and code ~ '^\d{4}$') or (frequency = 'quarterly' and code ~ '^\d{4}-Q\d$')
       or (frequency = 'monthly' and code ~ '^\d{4}-\d{2}$'));

create temp table bench_series_total as
select i.id as indicator_id, bi.frequency, bi.dimension, bi.source_id, r.id as region_id,
       (select count(*) from bench_period p where p.frequency = bi.frequency) as periods,
       md5(bi.code || '/' || r.code) as series_order
from bench_indicator bi
join indicator i on i.code = bi.code
cross join region r
where r.code = 'KZ' or r.code like '99%';

-- Keep totals in series order up to base_rows; the last kept series may be cut short.
create temp table bench_kept as
select indicator_id, region_id, frequency, source_id, null::text as dimension, null::text as member,
       least(periods, :base_rows - before) as take
from (select s.*, sum(periods) over (order by series_order rows unbounded preceding) - periods as before
      from bench_series_total s) s
where before < :base_rows;

create temp table bench_series_breakdown as
select t.indicator_id, t.region_id, t.frequency, t.source_id, m.dimension_code as dimension, m.code as member, t.periods,
       md5(t.indicator_id || '/' || t.region_id || '/' || m.code) as series_order
from bench_series_total t
join bench_kept k on k.indicator_id = t.indicator_id and k.region_id = t.region_id and k.take = t.periods
join breakdown_member m on m.dimension_code = t.dimension;

insert into bench_kept
select indicator_id, region_id, frequency, source_id, dimension, member, least(periods, (:total_rows - :base_rows) - before)
from (select s.*, sum(periods) over (order by series_order rows unbounded preceding) - periods as before
      from bench_series_breakdown s) s
where before < :total_rows - :base_rows;

select count(*) as series, sum(take) as rows, count(*) filter (where member is null) as total_series from bench_kept;

create temp table bench_dropped_index as
select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'observation' and indexname <> 'observation_pkey';
do $$
declare r record;
begin
    for r in select indexname from bench_dropped_index loop
        execute format('drop index %I', r.indexname);
    end loop;
end $$;

set local session_replication_role = replica;

insert into observation (indicator_id, region_id, period_id, period_start, breakdown_dimension, breakdown_member, value, status, footnote, source_id)
select k.indicator_id, k.region_id, p.id, p.start_date, k.dimension, k.member,
       round((abs(hashtext(key || 'v')) % 100000000) / 1000.0, 1),
       case when h < 80 then 'final' when h < 92 then 'provisional' when h < 98 then 'estimated' else 'break' end,
       case when h = 99 and abs(hashtext(key || 'f')) % 2 = 0 then 'Synthetic footnote: the value was revised after publication.' end,
       k.source_id
from bench_kept k
join bench_period p on p.frequency = k.frequency and p.rn <= k.take
cross join lateral (select k.indicator_id || '/' || k.region_id || '/' || p.id || '/' || coalesce(k.member, '') as key) as kk
cross join lateral (select abs(hashtext(kk.key)) % 100 as h) as hh
order by p.start_date, k.indicator_id, k.region_id, k.member nulls first;

update data_version set version = version + 1, changed_at = clock_timestamp() where id = 1;

do $$
declare r record;
begin
    for r in select indexdef from bench_dropped_index loop
        execute r.indexdef;
    end loop;
end $$;

commit;

vacuum (analyze) observation;
analyze;

select count(*) as observations,
       count(*) filter (where breakdown_dimension is null) as totals,
       pg_size_pretty(pg_total_relation_size('observation')) as size
from observation;

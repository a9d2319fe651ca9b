-- Schema of the creative-economy statistics API. Hibernate never generates it: Flyway owns every change.
-- Texts are stored per language (en is required, ru and kk are filled where an official name is known).

-- Where a figure comes from: a reference of the paper (its number in the paper's list) and the table,
-- figure or passage of the paper that prints it. Every observation and every catalogue row points here.
create table source (
    id               text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    reference_number integer,                -- number in the paper's reference list; null = the authors' own work
    locator          text not null,          -- where the paper prints it: 'Table 1', 'Table 2', 'text', ...
    title            text not null,
    publisher        text,
    url              text,
    accessed_on      date,
    cited_in         text not null default 'Astafyeva A. G., Konopyanova G. A. (2025). Analysis of the state and development trends of the creative and cultural sector of the economy in East Kazakhstan region. https://doi.org/10.52821/2789-4401-2025-2-46-69',
    note             text
);

create table region (
    id         serial primary key,
    code       text not null unique,          -- KATO code (9 digits), 'KZ' for the Republic, 'WLD' for the world
    slug       text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en    text not null,
    name_ru    text,
    name_kk    text,
    level      text not null check (level in ('world', 'country', 'city_of_republican_significance', 'region', 'district', 'city')),
    parent_id  integer references region (id),
    valid_from date,
    valid_to   date,
    note       text,                          -- doubts about a code or a name are stated here
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index region_parent_idx on region (parent_id);

-- Territorial changes, such as the 2022 split of the Abai region from East Kazakhstan.
create table region_succession (
    predecessor_id integer not null references region (id),
    successor_id   integer not null references region (id),
    changed_on     date not null,
    kind           text not null check (kind in ('split', 'merge', 'rename', 'transfer')),
    note           text,
    source_url     text,
    primary key (predecessor_id, successor_id, changed_on)
);

-- SDMX-style period codes: 2023, 2024-S1, 2024-Q4, 2025-01, 2024-01/2024-09 (cumulative span), 2025-01-01 (stock date).
create table period (
    id         serial primary key,
    code       text not null unique,
    frequency  text not null check (frequency in ('annual', 'semiannual', 'quarterly', 'monthly', 'cumulative', 'point_in_time')),
    start_date date not null,
    end_date   date not null,
    check (end_date >= start_date)
);

create table indicator (
    id              serial primary key,
    code            text not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en         text not null,
    name_ru         text,
    name_kk         text,
    definition_en   text not null,
    topic           text not null,
    unit            text not null,            -- KZT, percent, persons, count, visits, index, ...
    unit_multiplier integer not null default 0, -- power of ten: KZT million = 6, thousand visits = 3
    decimals        integer not null default 0,
    formula         text,                     -- for derived indicators, e.g. creative-gva / gross-product * 100
    additive        boolean not null default false, -- regional values add up to the national total
    name_source     text                      -- where the kk/ru names come from
);
create index indicator_topic_idx on indicator (topic);

-- Optional breakdown of an observation along one dimension (organisation type, settlement type, ...).
create table breakdown_dimension (
    code    text primary key check (code ~ '^[a-z0-9]+(_[a-z0-9]+)*$'),
    name_en text not null,
    name_ru text,
    name_kk text
);
create table breakdown_member (
    dimension_code text not null references breakdown_dimension (code),
    code           text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en        text not null,
    name_ru        text,
    name_kk        text,
    primary key (dimension_code, code)
);

create table observation (
    id                  bigserial primary key,
    indicator_id        integer not null references indicator (id),
    region_id           integer not null references region (id),
    period_id           integer not null references period (id),
    period_start        date not null,        -- copy of period.start_date: orders and filters without a join
    breakdown_dimension text,
    breakdown_member    text,
    value               numeric not null,     -- exact decimal, with the scale the source prints
    status              text not null check (status in ('final', 'provisional', 'estimated', 'break')),
    footnote            text,
    source_id           text not null references source (id),
    foreign key (breakdown_dimension, breakdown_member) references breakdown_member (dimension_code, code),
    check ((breakdown_dimension is null) = (breakdown_member is null))
);
-- The natural key: one value per indicator, region, period and breakdown.
create unique index observation_natural_key on observation (indicator_id, region_id, period_id, breakdown_dimension, breakdown_member) nulls not distinct;
-- Keyset pagination order (indicator, region, period start, id) and the filters that lead with indicator or region.
create index observation_indicator_order_idx on observation (indicator_id, region_id, period_start, id);
create index observation_region_order_idx on observation (region_id, indicator_id, period_start, id);
create index observation_period_idx on observation (period_id);
create index observation_source_idx on observation (source_id);

-- Keep period_start in step with the period.
create function observation_set_period_start() returns trigger language plpgsql as $$
begin
    select start_date into new.period_start from period where id = new.period_id;
    return new;
end $$;
create trigger observation_period_start before insert or update of period_id on observation
    for each row execute function observation_set_period_start();

-- ---------------------------------------------------------------------------------------------------------
-- The cultural sector: organisations, events, initiatives, challenges and the Collaborative Ecosystem Model.

create table cultural_organisation (
    id             text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en        text not null,
    name_ru        text,
    name_kk        text,
    type           text not null,   -- library, club_institution, museum, theatre, concert_organisation, concert_hall, ...
    region_id      integer not null references region (id),
    parent_id      text references cultural_organisation (id),
    description_en text,
    description_ru text,
    description_kk text,
    source_id      text not null references source (id)
);
create index cultural_organisation_region_idx on cultural_organisation (region_id);

create table event (
    id              text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en         text not null,
    name_ru         text,
    name_kk         text,
    kind            text not null,  -- festival, performance, fair, exhibition, forum, educational_programme, museum_programme, ...
    region_id       integer references region (id),
    place           text,           -- venue or place as the paper names it
    year            integer not null,
    start_date      date,           -- only when the paper prints the day
    end_date        date,
    recurrence      text not null check (recurrence in ('annual', 'one_off', 'recurring', 'unknown')),
    organisation_id text references cultural_organisation (id),
    organiser       text,           -- organiser as printed, when it is not a catalogued organisation
    target_en       text,
    description_en  text,
    results_en      text,
    source_id       text not null references source (id),
    check (end_date is null or start_date is not null),
    check (start_date is null or extract(year from start_date) = year)
);
create index event_region_idx on event (region_id);
create index event_year_idx on event (year);

create table event_country (
    event_id     text not null references event (id) on delete cascade,
    country_code char(2) not null check (country_code ~ '^[A-Z]{2}$'), -- ISO 3166-1 alpha-2
    primary key (event_id, country_code)
);

create table initiative (
    id              text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    actor           text not null check (actor in ('government', 'business', 'university')),
    year            integer,        -- year the cited source reports it; null when not stated
    title_en        text not null,
    description_en  text,
    significance_en text,
    organisation_id text references cultural_organisation (id),
    source_id       text not null references source (id)
);

create table challenge (
    id              text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    paper_table     text not null,    -- 'Table 4' or 'Table 5'
    identified_by   text not null check (identified_by in ('akimat', 'authors')),
    solutions_by    text not null check (solutions_by in ('akimat', 'authors')),
    problem_area_en text not null,
    problem_en      text not null,
    issues_en       text[] not null default '{}',
    solutions_en    text[] not null default '{}',
    ordinal         integer not null,
    source_id       text not null references source (id)
);

create table ecosystem_contribution (         -- Table 6: actor x aspect
    actor           text not null check (actor in ('government', 'university', 'business')),
    aspect          text not null check (aspect in ('innovations', 'risk_management', 'investments', 'city_development')),
    contribution_en text not null,
    source_id       text not null references source (id),
    primary key (actor, aspect)
);

create table ecosystem_adaptation (           -- Table 7: the model under the conditions of EKR
    actor       text primary key check (actor in ('government', 'university', 'business')),
    role_en     text not null,
    examples_en text[] not null,
    vector_en   text not null,
    source_id   text not null references source (id)
);

create table ecosystem_recommendation (       -- Table 8, last column
    actor             text not null check (actor in ('government', 'university', 'business')),
    ordinal           integer not null,
    recommendation_en text not null,
    source_id         text not null references source (id),
    primary key (actor, ordinal)
);

-- ---------------------------------------------------------------------------------------------------------
-- One number that changes whenever any published data changes: ETag and Last-Modified derive from it.
create table data_version (
    id         integer primary key check (id = 1),
    version    bigint not null,
    changed_at timestamptz not null
);
insert into data_version values (1, 1, now());

create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1, changed_at = clock_timestamp() where id = 1;
    return null;
end $$;

do $$
declare t text;
begin
    foreach t in array array['source', 'region', 'region_succession', 'period', 'indicator', 'breakdown_dimension',
                             'breakdown_member', 'observation', 'cultural_organisation', 'event', 'event_country',
                             'initiative', 'challenge', 'ecosystem_contribution', 'ecosystem_adaptation',
                             'ecosystem_recommendation'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I
                        for each statement execute function bump_data_version()', t || '_bumps_version', t);
    end loop;
end $$;

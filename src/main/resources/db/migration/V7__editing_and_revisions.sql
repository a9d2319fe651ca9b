-- Editing: API keys, revision history of observations, imports and the audit log.

-- API keys. Only a SHA-256 hash of each key is stored; the key itself is shown once, when it is created.
create table api_key (
    id         bigserial primary key,
    name       text not null,
    role       text not null check (role in ('editor', 'admin')),
    key_prefix text not null,              -- first characters of the key, so an admin can tell keys apart
    key_hash   text not null unique,       -- hex SHA-256 of the whole key
    created_at timestamptz not null default now(),
    created_by text,
    revoked_at timestamptz
);

-- Deletes are tombstones: the row stays, marked deleted, and its history with it.
alter table observation add column deleted_at timestamptz;
alter table observation add column updated_at timestamptz not null default now();

create table import_run (
    id          bigserial primary key,
    created_at  timestamptz not null default now(),
    actor       text not null,
    reason      text not null,
    format      text not null check (format in ('csv', 'json')),
    rows        integer not null,
    inserted    integer not null,
    updated     integer not null,
    unchanged   integer not null,
    duration_ms bigint not null
);

-- Every state an observation has had: its value, status, footnote and source from valid_from until valid_to
-- (null = still current). Written only by the trigger below, so no write path can forget it. Who changed it and
-- why come from the transaction settings app.actor, app.reason and app.import_id, set by the service.
create table observation_version (
    id             bigserial primary key,
    observation_id bigint not null references observation (id),
    value          numeric not null,
    status         text not null,
    footnote       text,
    source_id      text not null,
    deleted        boolean not null default false,
    valid_from     timestamptz not null,
    valid_to       timestamptz,
    changed_by     text not null,
    reason         text,
    import_id      bigint references import_run (id),
    operation      text not null check (operation in ('insert', 'update', 'delete', 'restore'))
);
create index observation_version_current_idx on observation_version (observation_id, valid_from);
create index observation_version_as_of_idx on observation_version (valid_from, valid_to);

create function observation_record_version() returns trigger language plpgsql as $$
declare
    op text;
begin
    if tg_op = 'UPDATE'
       and new.value = old.value and new.status = old.status and new.footnote is not distinct from old.footnote
       and new.source_id = old.source_id and new.deleted_at is not distinct from old.deleted_at then
        return new;  -- nothing a reader can see changed: no revision
    end if;
    op := case
        when tg_op = 'INSERT' then 'insert'
        when new.deleted_at is not null and old.deleted_at is null then 'delete'
        when new.deleted_at is null and old.deleted_at is not null then 'restore'
        else 'update' end;
    update observation_version set valid_to = now() where observation_id = new.id and valid_to is null;
    insert into observation_version (observation_id, value, status, footnote, source_id, deleted, valid_from, changed_by, reason, import_id, operation)
    values (new.id, new.value, new.status, new.footnote, new.source_id, new.deleted_at is not null, now(),
            coalesce(nullif(current_setting('app.actor', true), ''), 'seed'),
            nullif(current_setting('app.reason', true), ''),
            nullif(current_setting('app.import_id', true), '')::bigint,
            op);
    return new;
end $$;

create trigger observation_versions after insert or update on observation
    for each row execute function observation_record_version();

-- The seed data becomes the first version of every observation, published when it was loaded.
insert into observation_version (observation_id, value, status, footnote, source_id, deleted, valid_from, changed_by, reason, operation)
select id, value, status, footnote, source_id, false, now(), 'seed', 'Loaded from the paper (Flyway seed migrations)', 'insert'
from observation;

create table audit_log (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor       text not null,
    api_key_id  bigint references api_key (id),
    method      text not null,
    path        text not null,
    entity      text not null,
    entity_id   text,
    import_id   bigint references import_run (id),
    summary     text not null
);
create index audit_log_at_idx on audit_log (at);

create trigger observation_version_bumps_version after insert or update or delete or truncate on observation_version
    for each statement execute function bump_data_version();

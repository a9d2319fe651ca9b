-- A new observation has no earlier version to close, so an insert skips the UPDATE. Inside one large import the
-- cached plan of that UPDATE was made when observation_version was small (a sequential scan), and scanning the
-- growing table once per inserted row made imports quadratic.
create or replace function observation_record_version() returns trigger language plpgsql as $$
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
    if tg_op = 'UPDATE' then
        update observation_version set valid_to = now() where observation_id = new.id and valid_to is null;
    end if;
    insert into observation_version (observation_id, value, status, footnote, source_id, deleted, valid_from, changed_by, reason, import_id, operation)
    values (new.id, new.value, new.status, new.footnote, new.source_id, new.deleted_at is not null, now(),
            coalesce(nullif(current_setting('app.actor', true), ''), 'seed'),
            nullif(current_setting('app.reason', true), ''),
            nullif(current_setting('app.import_id', true), '')::bigint,
            op);
    return new;
end $$;

-- The one open version of an observation, found by index whatever the table's statistics say.
create unique index observation_version_open_idx on observation_version (observation_id) where valid_to is null;

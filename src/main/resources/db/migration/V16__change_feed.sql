-- The change feed (GET /v1/changes): one entry per revision of an observation and per change of a catalogue entry
-- (source, region, indicator, cultural organisation, event, initiative, challenge), in commit order.
--
-- Commit order, and why a reader never misses an entry: a position comes from a sequence, which is assigned when the
-- row is inserted, not when its transaction commits. Every writing transaction already holds the row lock on
-- data_version from its first change until it commits (bump_data_version updates that one row), and the functions below
-- take that same lock before they draw a position. So only one transaction at a time can hold positions it has not yet
-- committed, and they are above every committed position: positions are in commit order, and a reader that has seen
-- position N will see every later commit above N. No new lock is added (an advisory lock would serialise the same
-- writers a second time), and a reader needs no snapshot arithmetic (the pg_snapshot_xmin pattern would hold every
-- entry back behind the oldest writing transaction of the whole cluster and need a two-part cursor).
--
-- The data version and the time of an entry are those of its transaction as it commits: a constraint trigger deferred
-- to commit writes them once per transaction into change_commit, after the transaction's last bump of data_version.

create table change_commit (
    tx           xid8 primary key,
    data_version bigint,          -- set at commit: the data version in which the transaction's changes first appear
    committed_at timestamptz      -- set at commit
);
create index change_commit_committed_at_idx on change_commit (committed_at);

create sequence change_position;

create table change_log (
    position    bigint primary key default nextval('change_position'),
    tx          xid8 not null default pg_current_xact_id(),
    kind        text not null check (kind in ('observation', 'source', 'region', 'indicator', 'cultural_organisation', 'event',
                                              'initiative', 'challenge')),
    item_key    text not null,    -- the item's public key: observation id, region slug, indicator code, or id
    operation   text not null check (operation in ('insert', 'update', 'delete', 'restore')),
    revision_id bigint            -- observations: the observation_version row this entry announces
);
alter sequence change_position owned by change_log.position;
-- One entry per catalogue item and transaction: a write that touches an event and its countries is one change.
-- A client may start from a time instead of a position: the first entry of the first transaction committed since then.
create index change_log_tx_idx on change_log (tx);
create unique index change_log_once_per_transaction on change_log (tx, kind, item_key) where revision_id is null;

create function change_commit_stamp() returns trigger language plpgsql as $$
begin
    update change_commit set data_version = (select version from data_version where id = 1), committed_at = clock_timestamp()
    where tx = new.tx;
    return null;
end $$;

create constraint trigger change_commit_stamp after insert on change_commit
    deferrable initially deferred for each row execute function change_commit_stamp();

-- The lock that orders positions by commit (see above), and this transaction's change_commit row.
create function change_log_begin() returns void language plpgsql as $$
begin
    perform 1 from data_version where id = 1 for update;
    insert into change_commit (tx) values (pg_current_xact_id()) on conflict (tx) do nothing;
end $$;

-- Observations: every row of observation_version is a revision, whichever path wrote it (the row trigger of V7/V9, or
-- an import's set-based INSERT of V10).
create function change_log_observation_revisions() returns trigger language plpgsql as $$
begin
    perform change_log_begin();
    insert into change_log (kind, item_key, operation, revision_id)
    select 'observation', observation_id::text, operation, id from new_revisions order by id;
    return null;
end $$;

create trigger observation_version_records_changes after insert on observation_version
    referencing new table as new_revisions for each statement execute function change_log_observation_revisions();

-- Catalogue tables keep no history of their own: an entry names the item and what happened to it, and the item's URL
-- gives its current state. tg_argv: the kind, and the column holding the item's public key. A later change of an item
-- in the same transaction folds into its entry: a delete wins, an insert after a delete is an update.
create function change_log_catalogue() returns trigger language plpgsql as $$
declare
    fold constant text := ' on conflict (tx, kind, item_key) where revision_id is null do update set operation = case'
        || ' when excluded.operation = ''delete'' then ''delete'' when change_log.operation = ''delete'' then ''update'''
        || ' else change_log.operation end';
begin
    perform change_log_begin();
    if tg_op = 'INSERT' then
        execute format('insert into change_log (kind, item_key, operation) select %L, n.%I::text, ''insert'' from new_rows n order by 2',
                       tg_argv[0], tg_argv[1]) || fold;
    elsif tg_op = 'UPDATE' then
        -- Only rows whose stored values changed: an ORM may write every column back unchanged.
        execute format('insert into change_log (kind, item_key, operation) select %L, n.%I::text, ''update'' from new_rows n'
                       || ' join old_rows o on o.%I = n.%I where o is distinct from n order by 2',
                       tg_argv[0], tg_argv[1], tg_argv[1], tg_argv[1]) || fold;
    else
        execute format('insert into change_log (kind, item_key, operation) select %L, o.%I::text, ''delete'' from old_rows o order by 2',
                       tg_argv[0], tg_argv[1]) || fold;
    end if;
    return null;
end $$;

-- An event's participating countries are part of the event: a change of them is an update of the event.
create function change_log_event_countries() returns trigger language plpgsql as $$
begin
    perform change_log_begin();
    if tg_op = 'DELETE' then
        insert into change_log (kind, item_key, operation)
        select distinct 'event', event_id, 'update' from old_rows order by 2
        on conflict (tx, kind, item_key) where revision_id is null do nothing;
    else
        insert into change_log (kind, item_key, operation)
        select distinct 'event', event_id, 'update' from new_rows order by 2
        on conflict (tx, kind, item_key) where revision_id is null do nothing;
    end if;
    return null;
end $$;

-- Trigger names sort after <table>_bumps_version, so a statement's bump runs first (PostgreSQL fires triggers of one
-- event in name order); either way change_log_begin takes the lock itself.
do $$
declare
    catalogue text[][] := array[['source', 'source', 'id'], ['region', 'region', 'slug'], ['indicator', 'indicator', 'code'],
                                ['cultural_organisation', 'cultural_organisation', 'id'], ['event', 'event', 'id'],
                                ['initiative', 'initiative', 'id'], ['challenge', 'challenge', 'id']];
    entry text[];
begin
    foreach entry slice 1 in array catalogue loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows for each statement '
                       'execute function change_log_catalogue(%L, %L)', entry[1] || '_records_inserts', entry[1], entry[2], entry[3]);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
                       'for each statement execute function change_log_catalogue(%L, %L)', entry[1] || '_records_updates', entry[1], entry[2], entry[3]);
        execute format('create trigger %I after delete on %I referencing old table as old_rows for each statement '
                       'execute function change_log_catalogue(%L, %L)', entry[1] || '_records_deletes', entry[1], entry[2], entry[3]);
        -- Imports run with session_replication_role = replica (V11): these fire in every mode, as the bumps do.
        execute format('alter table %I enable always trigger %I', entry[1], entry[1] || '_records_inserts');
        execute format('alter table %I enable always trigger %I', entry[1], entry[1] || '_records_updates');
        execute format('alter table %I enable always trigger %I', entry[1], entry[1] || '_records_deletes');
    end loop;
end $$;

create trigger event_country_records_inserts after insert on event_country referencing new table as new_rows
    for each statement execute function change_log_event_countries();
create trigger event_country_records_updates after update on event_country referencing new table as new_rows
    for each statement execute function change_log_event_countries();
create trigger event_country_records_deletes after delete on event_country referencing old table as old_rows
    for each statement execute function change_log_event_countries();
alter table event_country enable always trigger event_country_records_inserts;
alter table event_country enable always trigger event_country_records_updates;
alter table event_country enable always trigger event_country_records_deletes;
alter table observation_version enable always trigger observation_version_records_changes;
alter table change_commit enable always trigger change_commit_stamp;

-- The first entries: what the database holds now, as one transaction (the seed, and on a database that was edited
-- before this migration, every observation revision since). Catalogue entries come first, as the seed loaded them
-- before the observations that refer to them; they are inserts of the current rows, since catalogue tables keep no
-- history. One DO block, so every entry belongs to one transaction whatever the migration tool's transaction mode.
do $$
begin
    perform change_log_begin();
    insert into change_log (kind, item_key, operation) select 'source', id, 'insert' from source order by id;
    insert into change_log (kind, item_key, operation) select 'region', slug, 'insert' from region order by id;
    insert into change_log (kind, item_key, operation) select 'indicator', code, 'insert' from indicator order by id;
    insert into change_log (kind, item_key, operation)
    select 'cultural_organisation', id, 'insert' from cultural_organisation order by parent_id nulls first, id;
    insert into change_log (kind, item_key, operation) select 'event', id, 'insert' from event order by id;
    insert into change_log (kind, item_key, operation) select 'initiative', id, 'insert' from initiative order by id;
    insert into change_log (kind, item_key, operation) select 'challenge', id, 'insert' from challenge order by ordinal, id;
    insert into change_log (kind, item_key, operation, revision_id)
    select 'observation', observation_id::text, operation, id from observation_version order by id;
end $$;

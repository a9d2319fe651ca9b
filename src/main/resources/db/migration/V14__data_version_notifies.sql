-- Every bump also tells listening instances (DataVersionListener) on channel data_version, so a write through one
-- instance changes the ETags of all of them at once instead of at their next poll. The payload is constant on purpose:
-- PostgreSQL folds identical notifications of one transaction into one, so an import of many statements sends one.
create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1, changed_at = clock_timestamp() where id = 1;
    perform pg_notify('data_version', '');
    return null;
end $$;

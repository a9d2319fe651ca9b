-- An import writes its revisions itself, set-based (ImportService): one UPDATE closes the open versions of the
-- observations it changed and one INSERT adds their new versions. Entering a plpgsql function once per imported row
-- cost more than the rows themselves. The import sets app.bulk = 'on' for its own transaction only, and these row
-- triggers are then not entered at all; every other write path is unchanged.
drop trigger observation_versions on observation;
create trigger observation_versions after insert or update on observation
    for each row when (current_setting('app.bulk', true) is distinct from 'on')
    execute function observation_record_version();

-- The import writes period_start from the period it joined, as this trigger would.
drop trigger observation_period_start on observation;
create trigger observation_period_start before insert or update of period_id on observation
    for each row when (current_setting('app.bulk', true) is distinct from 'on')
    execute function observation_set_period_start();

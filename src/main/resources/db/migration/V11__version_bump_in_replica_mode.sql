-- An import writes its rows with session_replication_role = replica where the role may set it (ImportService.write),
-- which skips the per-row foreign-key triggers it has checked set-based beforehand. Triggers fire in that mode only when
-- enabled ALWAYS: the data version must be bumped by every change of an observation, however it is written.
alter table observation enable always trigger observation_bumps_version;

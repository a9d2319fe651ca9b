-- Every change of an observation already bumps the data version through the observation table's own statement
-- trigger. The revision trigger writes observation_version once per changed row, and a bump per row made a large
-- import quadratic (each bump rewrites the one data_version row again in the same transaction).
drop trigger observation_version_bumps_version on observation_version;

-- observation_source_idx served no read: no list, page or export filters observations by source. Its only users were
-- the deletion of a source (the reference count and the foreign-key check), a rare editor action that already reads
-- observation_version in full for the revisions citing the source. Every imported or revised observation paid an entry
-- in it: about a tenth of the cost of writing an observation (issue 23, point 4). Without it, too, a revision that keeps
-- its source changes no indexed column of observation (a HOT update where its page has room).
drop index if exists observation_source_idx;

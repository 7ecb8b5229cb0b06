-- Import jobs are saved as a whole by their aggregate: the version guards against two saves of the same loaded job
-- (two clicks, two runners).
alter table import_job add column version integer not null default 0;

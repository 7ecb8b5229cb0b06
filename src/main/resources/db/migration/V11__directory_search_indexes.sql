-- Directory search at 160,000 organisations (docs/benchmarks.md, "Directory (issue 3)").

-- The folded name is stored, so the typo check does not run unaccent() on every candidate row.
alter table organisation add column name_folded text generated always as (bruecke_fold(name)) stored;
drop index organisation_name_trigram;
create index organisation_name_trigram on organisation using gin (name_folded gin_trgm_ops);

-- The distance box also filters on visibility inside the index: invisible rows are never read from the table.
drop index organisation_location;
create index organisation_location on organisation (latitude, longitude, visibility);

-- Visibility was the second column of the Land index, which tempted the planner to scan the whole index for it;
-- the Land filter only needs the Land.
drop index organisation_land;
create index organisation_land on organisation (land_key);

-- An import of organisations from a CSV/XLSX file. The file itself is kept with the job, so a background runner on
-- any node can (re)start it; processed_rows is the checkpoint after each committed batch.
create table import_job (
    id               uuid primary key,
    owner            text not null,
    owner_name       text not null,
    locale           text not null,
    file_name        text not null,
    content          bytea not null,
    sheet_names      text[] not null default '{}',
    sheet_name       text,
    header           text[] not null default '{}',
    mapping          jsonb,
    default_visibility text not null default 'PRIVATE',
    area_restricted  boolean not null,
    area_laender     text[] not null default '{}',
    area_kreise      text[] not null default '{}',
    status           text not null default 'DRAFT',
    total_rows       integer not null default 0,
    processed_rows   integer not null default 0,
    imported         integer not null default 0,
    updated          integer not null default 0,
    rejected         integer not null default 0,
    failures         integer not null default 0,
    runner           text,
    heartbeat_at     timestamptz,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    constraint import_job_status check (status in ('DRAFT', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint import_job_visibility check (default_visibility in ('PUBLIC', 'NETWORK', 'PRIVATE')),
    constraint import_job_counts check (imported + updated + rejected = processed_rows
        and processed_rows <= total_rows)
);
create index import_job_owner on import_job (owner, created_at desc);
create index import_job_pending on import_job (created_at) where status in ('QUEUED', 'RUNNING');

-- What became of each data row: imported or updated (with the organisation) or rejected (with the reasons).
create table import_row_result (
    job_id          uuid not null references import_job on delete cascade,
    row_number      integer not null,
    outcome         text not null check (outcome in ('IMPORTED', 'UPDATED', 'REJECTED')),
    reasons         jsonb not null default '[]',
    organisation_id uuid references organisation on delete set null,
    row_key         text,
    primary key (job_id, row_number)
);
create index import_row_result_outcome on import_row_result (job_id, outcome, row_number);

-- The column mapping a person used last for a file with the same column names.
create table import_mapping (
    owner      text not null,
    header_key text not null,
    mapping    jsonb not null,
    updated_at timestamptz not null default now(),
    primary key (owner, header_key)
);

-- Re-importing a row without an external ID finds its organisation by folded name and postcode.
create index organisation_import_match on organisation (postcode, bruecke_fold(name));

create table organisation (
    id         uuid primary key,
    name       text not null,
    kind       text not null check (kind in ('MO', 'INSTITUTION')),
    postcode   char(5) not null,
    version    integer not null default 0,
    created_at timestamptz not null default now()
);
create index organisation_name on organisation (lower(name));

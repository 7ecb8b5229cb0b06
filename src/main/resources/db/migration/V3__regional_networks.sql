create table region_network (
    id          uuid primary key,
    name        text not null,
    description text not null default '',
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create unique index region_network_name on region_network (lower(name));

create table region_network_land (
    network_id uuid not null references region_network on delete cascade,
    land_key   char(2) not null references region_land,
    primary key (network_id, land_key)
);

create table region_network_kreis (
    network_id uuid not null references region_network on delete cascade,
    kreis_key  char(5) not null references region_kreis,
    primary key (network_id, kreis_key)
);

-- One network per Land as a starting point (IQ Landesnetzwerke); administrators edit names and coverage.
with defaults(name, land_key) as (values
    ('IQ Netzwerk Schleswig-Holstein', '01'),
    ('IQ Netzwerk Hamburg', '02'),
    ('IQ Netzwerk Niedersachsen', '03'),
    ('IQ Netzwerk Bremen', '04'),
    ('IQ Netzwerk Nordrhein-Westfalen', '05'),
    ('IQ Netzwerk Hessen', '06'),
    ('IQ Netzwerk Rheinland-Pfalz', '07'),
    ('IQ Netzwerk Baden-Württemberg', '08'),
    ('MigraNet – IQ Netzwerk Bayern', '09'),
    ('IQ Netzwerk Saarland', '10'),
    ('IQ Netzwerk Berlin', '11'),
    ('IQ Netzwerk Brandenburg', '12'),
    ('IQ Netzwerk Mecklenburg-Vorpommern', '13'),
    ('IQ Netzwerk Sachsen', '14'),
    ('IQ Netzwerk Sachsen-Anhalt', '15'),
    ('IQ Netzwerk Thüringen', '16')
), inserted as (
    insert into region_network (id, name)
    select gen_random_uuid(), name from defaults
    returning id, name
)
insert into region_network_land (network_id, land_key)
select inserted.id, defaults.land_key from inserted join defaults using (name);

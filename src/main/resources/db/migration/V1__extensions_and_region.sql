create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table region_land (
    land_key  char(2) primary key,
    iso_code  varchar(6) not null unique,
    name      text not null
);

create table region_kreis (
    kreis_key  char(5) primary key,
    name       text not null,
    kind       text not null,
    land_key   char(2) not null references region_land,
    population integer,
    area_km2   numeric(10, 2)
);

create table region_gemeinde (
    ags        char(8) primary key,
    name       text not null,
    kind       text not null,
    kreis_key  char(5) not null,
    land_key   char(2) not null references region_land,
    postcode   char(5),
    latitude   double precision,
    longitude  double precision,
    population integer,
    area_km2   numeric(10, 2)
);

create table region_postcode (
    postcode   char(5) not null,
    place      text not null,
    ags        char(8) not null,
    kreis_key  char(5) not null references region_kreis,
    land_key   char(2) not null references region_land,
    latitude   double precision not null,
    longitude  double precision not null,
    population integer,
    primary key (postcode, ags, place)
);
create index region_postcode_place_trgm on region_postcode using gin (lower(place) gin_trgm_ops);

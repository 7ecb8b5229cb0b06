-- German stemming with accents ignored: "Türkiye" and "Turkiye" become the same lexeme.
create text search configuration bruecke_german (copy = german);
alter text search configuration bruecke_german
    alter mapping for hword, hword_part, word with unaccent, german_stem;

-- unaccent() is only stable; this wrapper pins the dictionary so it can be used in indexes.
create function bruecke_fold(value text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

alter table organisation
    add column institution_type   text,
    add column short_name         text not null default '',
    add column legal_form         text,
    add column founding_year      integer,
    add column register_court     text not null default '',
    add column register_number    text not null default '',
    add column description        text not null default '',
    add column street             text not null default '',
    add column place_name         text,
    add column kreis_key          char(5),
    add column land_key           char(2),
    add column latitude           double precision,
    add column longitude          double precision,
    add column reach              text not null default 'LOCAL',
    add column reach_radius_km    integer,
    add column reach_kreise       text[] not null default '{}',
    add column reach_laender      text[] not null default '{}',
    add column languages          text[] not null default '{}',
    add column communities        text[] not null default '{}',
    add column fields             text[] not null default '{}',
    add column services           text[] not null default '{}',
    add column functions          text[] not null default '{}',
    add column roles              text[] not null default '{}',
    add column members            integer,
    add column volunteers         integer,
    add column paid_staff         integer,
    add column paid_staff_fte     numeric(6, 2),
    add column budget_band        text,
    add column rooms_available    boolean not null default false,
    add column rooms_description  text not null default '',
    add column umbrellas          text not null default '',
    add column website            text not null default '',
    add column public_email       text not null default '',
    add column public_phone       text not null default '',
    add column visibility         text not null default 'PRIVATE',
    add column verified_at        timestamptz,
    add column verified_by        text,
    add column recheck_fields     text[] not null default '{}',
    add column external_id        text,
    add column search_keywords    text not null default '',
    add column updated_at         timestamptz not null default now(),
    add constraint organisation_visibility check (visibility in ('PUBLIC', 'NETWORK', 'PRIVATE')),
    add constraint organisation_reach check (reach in ('LOCAL', 'KREISE', 'LAENDER', 'NATIONWIDE'));

alter table organisation add column search_document tsvector generated always as (
    setweight(to_tsvector('bruecke_german', name || ' ' || short_name), 'A')
    || setweight(to_tsvector('bruecke_german', search_keywords), 'B')
    || setweight(to_tsvector('bruecke_german', description), 'C')) stored;

update organisation o
set place_name = p.place, kreis_key = p.kreis_key, land_key = p.land_key,
    latitude = p.latitude, longitude = p.longitude
from (select distinct on (postcode) postcode, place, kreis_key, land_key, latitude, longitude
      from region_postcode order by postcode, population desc nulls last) p
where p.postcode = o.postcode;

create index organisation_search on organisation using gin (search_document);
create index organisation_name_trigram on organisation using gin (bruecke_fold(name) gin_trgm_ops);
create index organisation_languages on organisation using gin (languages);
create index organisation_communities on organisation using gin (communities);
create index organisation_fields on organisation using gin (fields);
create index organisation_roles on organisation using gin (roles);
create index organisation_location on organisation (latitude, longitude);
create index organisation_land on organisation (land_key, visibility);
create unique index organisation_external_id on organisation (external_id) where external_id is not null;

create table organisation_contact (
    id                   uuid primary key,
    organisation_id      uuid not null references organisation on delete cascade,
    position             integer not null,
    name                 text not null,
    function             text not null default '',
    email                text not null default '',
    phone                text not null default '',
    languages            text[] not null default '{}',
    consent_recorded_at  timestamptz,
    consent_recorded_by  text,
    consent_text_version text
);
create index organisation_contact_organisation on organisation_contact (organisation_id, position);

create table organisation_cooperation (
    id              uuid primary key,
    organisation_id uuid not null references organisation on delete cascade,
    position        integer not null,
    partner_type    text not null,
    topic           text not null,
    year            integer,
    outcome         text not null default ''
);
create index organisation_cooperation_organisation on organisation_cooperation (organisation_id, position);

create table organisation_change (
    id              bigserial primary key,
    organisation_id uuid not null references organisation on delete cascade,
    changed_at      timestamptz not null default now(),
    changed_by      text not null,
    field           text not null,
    old_value       text not null,
    new_value       text not null
);
create index organisation_change_organisation on organisation_change (organisation_id, changed_at desc);

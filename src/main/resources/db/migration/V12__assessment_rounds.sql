-- Needs-assessment rounds of an organisation: who answers, their answers and priorities, the agreed priorities.
-- Organisations and accounts are referenced by ID only (they belong to other modules).

create table assessment_round (
    id                    uuid primary key,
    organisation_id       uuid not null,
    questionnaire_version integer not null check (questionnaire_version >= 1),
    status                text not null check (status in ('OPEN', 'CLOSED')),
    started_by            uuid,
    started_at            timestamptz not null default now(),
    closed_by             uuid,
    closed_at             timestamptz,
    constraint assessment_round_closed check ((status = 'CLOSED') = (closed_at is not null))
);
-- At most one open round per organisation.
create unique index assessment_round_one_open on assessment_round (organisation_id) where status = 'OPEN';
create index assessment_round_organisation on assessment_round (organisation_id, started_at);

create table assessment_respondent (
    id          uuid primary key,
    round_id    uuid not null references assessment_round on delete cascade,
    user_id     uuid,
    email       text,
    invited_by  uuid,
    invited_at  timestamptz not null default now(),
    joined_at   timestamptz,
    constraint assessment_respondent_who check (user_id is not null or email is not null)
);
create unique index assessment_respondent_user on assessment_respondent (round_id, user_id) where user_id is not null;
create unique index assessment_respondent_email on assessment_respondent (round_id, lower(email)) where user_id is null;
create index assessment_respondent_account on assessment_respondent (user_id);
create index assessment_respondent_invited_email on assessment_respondent (lower(email)) where user_id is null;

create table assessment_answer (
    respondent_id uuid not null references assessment_respondent on delete cascade,
    item_code     text not null,
    answer        text not null check (answer in ('1', '2', '3', '4', 'DONT_KNOW', 'NOT_APPLICABLE')),
    revision      integer not null default 1,
    updated_at    timestamptz not null default now(),
    primary key (respondent_id, item_code)
);

create table assessment_proposed_priority (
    respondent_id uuid not null references assessment_respondent on delete cascade,
    dimension     text not null,
    priority      text not null check (priority in ('LOW', 'MEDIUM', 'HIGH')),
    revision      integer not null default 1,
    updated_at    timestamptz not null default now(),
    primary key (respondent_id, dimension)
);

create table assessment_agreed_priority (
    round_id  uuid not null references assessment_round on delete cascade,
    dimension text not null,
    priority  text not null check (priority in ('LOW', 'MEDIUM', 'HIGH')),
    primary key (round_id, dimension)
);

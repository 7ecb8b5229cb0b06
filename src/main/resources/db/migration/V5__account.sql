create table account_user (
    id                 uuid primary key,
    email              text not null,
    display_name       text not null,
    password_hash      text not null,
    language           varchar(8) not null default 'de',
    email_confirmed_at timestamptz,
    blocked            boolean not null default false,
    version            integer not null default 0,
    created_at         timestamptz not null default now()
);
create unique index account_user_email on account_user (lower(email));

create table account_role (
    id              uuid primary key,
    user_id         uuid not null references account_user on delete cascade,
    role            text not null,
    organisation_id uuid,
    network_id      uuid,
    granted_at      timestamptz not null default now(),
    constraint account_role_scope check (
        (role in ('MO_MEMBER', 'MO_ADMIN', 'INSTITUTION_MEMBER') and organisation_id is not null and network_id is null)
        or (role = 'NETWORK_STAFF' and network_id is not null and organisation_id is null)
        or (role in ('EXPERT', 'COORDINATOR', 'ADMINISTRATOR') and organisation_id is null and network_id is null))
);
create unique index account_role_unique on account_role (user_id, role, coalesce(organisation_id, network_id));
create index account_role_organisation on account_role (organisation_id);

create table account_token (
    token_hash bytea primary key,
    user_id    uuid not null references account_user on delete cascade,
    purpose    text not null,
    new_email  text,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index account_token_user on account_token (user_id);

create table account_invitation (
    id              uuid primary key,
    organisation_id uuid not null,
    email           text not null,
    role            text not null check (role in ('MO_MEMBER', 'MO_ADMIN', 'INSTITUTION_MEMBER')),
    token_hash      bytea not null unique,
    invited_by      uuid references account_user on delete set null,
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz not null default now()
);
create index account_invitation_organisation on account_invitation (organisation_id);

create table account_login_failure (
    id        bigserial primary key,
    email     text not null,
    ip        text not null,
    failed_at timestamptz not null default now()
);
create index account_login_failure_email on account_login_failure (email, failed_at);
create index account_login_failure_ip on account_login_failure (ip, failed_at);

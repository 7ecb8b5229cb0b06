-- Follow-ups of a closed assessment round: the figures per dimension as scored when it closed (for area aggregates in
-- SQL), sharing with the network staff of the organisation's area, the action plan and its reminder.

-- One row per closed round and dimension, written in the transaction that closes the round (older rounds are filled
-- in at start-up). Only aggregates; individual answers stay in assessment_answer.
create table assessment_dimension_score (
    round_id   uuid    not null references assessment_round on delete cascade,
    dimension  text    not null,
    priority   text    not null check (priority in ('LOW', 'MEDIUM', 'HIGH')),
    mean_level numeric(3, 2) check (mean_level between 1 and 4),
    need_score numeric(5, 2) check (need_score between 0 and 100),
    primary key (round_id, dimension)
);

-- The latest closed round of each organisation, found without sorting all rounds.
create index assessment_round_latest_closed on assessment_round (organisation_id, closed_at desc) where status = 'CLOSED';

-- Sharing with the network staff of the organisation's area: the current state on the round, every change in a log.
alter table assessment_round
    add column shared_with_network_at timestamptz,
    add column shared_with_network_by uuid;

create table assessment_sharing_change (
    id         uuid primary key,
    round_id   uuid        not null references assessment_round on delete cascade,
    shared     boolean     not null,
    changed_by uuid        not null,
    changed_at timestamptz not null default now()
);
create index assessment_sharing_change_round on assessment_sharing_change (round_id, changed_at);

-- The action plan of a closed round: the needs the organisation works on, each with a goal and a next step, and the
-- follow-up date. version counts saves (optimistic locking); reminder_sent_for is the follow-up date whose reminder
-- went out, so each date is reminded once and a moved date is reminded again.
create table assessment_action_plan (
    round_id          uuid primary key references assessment_round on delete cascade,
    organisation_id   uuid        not null,
    follow_up_on      date        not null,
    version           integer     not null default 1,
    created_by        uuid        not null,
    created_at        timestamptz not null default now(),
    updated_by        uuid        not null,
    updated_at        timestamptz not null default now(),
    reminder_sent_for date,
    reminder_sent_at  timestamptz
);
create index assessment_action_plan_follow_up on assessment_action_plan (follow_up_on);

create table assessment_action (
    round_id    uuid    not null references assessment_action_plan on delete cascade,
    dimension   text    not null,
    position    integer not null,
    goal        text    not null check (length(goal) between 1 and 500),
    next_step   text    not null check (length(next_step) between 1 and 500),
    responsible text    not null default '' check (length(responsible) <= 200),
    primary key (round_id, dimension)
);

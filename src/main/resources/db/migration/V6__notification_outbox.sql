create table notification_mail (
    id           uuid primary key,
    recipient    text not null,
    subject      text not null,
    text_body    text not null,
    html_body    text not null,
    created_at   timestamptz not null default now(),
    sent_at      timestamptz,
    attempts     integer not null default 0,
    last_error   text,
    next_attempt timestamptz not null default now()
);
create index notification_mail_pending on notification_mail (next_attempt) where sent_at is null;
create index notification_mail_created on notification_mail (created_at desc);

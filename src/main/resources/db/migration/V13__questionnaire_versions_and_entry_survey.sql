-- Questionnaire versions uploaded by coordinators. Version 1 ships with Brücke (assessment/questionnaire-1.yaml) and
-- is not stored here. A row is a DRAFT until published; a published row can never be changed or deleted.
create table questionnaire_version (
    id           uuid primary key,
    version      integer     not null unique check (version >= 2),
    source       text        not null,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null,
    published_by text,
    published_at timestamptz,
    check ((status = 'PUBLISHED') = (published_by is not null and published_at is not null))
);

create index questionnaire_version_published on questionnaire_version (version) where status = 'PUBLISHED';

-- Published versions are immutable; a draft may only become published (its text and number stay as uploaded).
create function questionnaire_version_guard() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'questionnaire version % is published and cannot be changed or deleted', old.version
            using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'UPDATE' and (new.id <> old.id or new.version <> old.version or new.source <> old.source
            or new.uploaded_by <> old.uploaded_by or new.uploaded_at <> old.uploaded_at) then
        raise exception 'questionnaire version % can only be published or deleted, not edited', old.version
            using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create trigger questionnaire_version_immutable
    before update or delete on questionnaire_version
    for each row execute function questionnaire_version_guard();

create function questionnaire_version_no_truncate() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from questionnaire_version where status = 'PUBLISHED') then
        raise exception 'published questionnaire versions cannot be removed'
            using errcode = 'integrity_constraint_violation';
    end if;
    return null;
end
$$;

create trigger questionnaire_version_keep_published
    before truncate on questionnaire_version
    for each statement execute function questionnaire_version_no_truncate();

-- Answers to the entry survey (Einstiegsbefragung). Every save is a new row; the latest one is the organisation's
-- current answer, earlier ones stay as its history.
create table entry_survey_response (
    id                    uuid primary key,
    organisation_id       uuid        not null references organisation (id) on delete cascade,
    questionnaire_version integer     not null,
    answers               jsonb       not null,
    answered_by           text        not null,
    answered_at           timestamptz not null
);

create index entry_survey_response_latest on entry_survey_response (organisation_id, answered_at desc);

-- Every table starts with the name of the module that owns it (organisation_, assessment_, account_, region_,
-- notification_); the architecture tests check that no module reads another module's tables.
alter table import_job rename to organisation_import_job;
alter table import_row_result rename to organisation_import_row_result;
alter table import_mapping rename to organisation_import_mapping;
alter table questionnaire_version rename to assessment_questionnaire_version;
alter table entry_survey_response rename to assessment_entry_survey_response;

create or replace function questionnaire_version_no_truncate() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from assessment_questionnaire_version where status = 'PUBLISHED') then
        raise exception 'published questionnaire versions cannot be removed'
            using errcode = 'integrity_constraint_violation';
    end if;
    return null;
end
$$;

-- What other modules may read of organisations in SQL, e.g. assessment's figures per network area: a view, so the
-- organisation table itself stays organisation's own and can change behind it.
create view organisation_place as
select id, kind, name, land_key, kreis_key from organisation;

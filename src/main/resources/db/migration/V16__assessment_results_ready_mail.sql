-- When the respondents of a closed round were told that the results are ready: the mail goes out once, even if the
-- AssessmentCompleted publication is delivered again (resubmission after a crash).
alter table assessment_round add column results_mailed_at timestamptz;

/**
 * Needs assessment: the versioned maturity questionnaire (shipped version 1 plus versions coordinators upload, check,
 * preview and publish; published versions are immutable), the entry survey members of an MO answer without starting
 * an assessment (summary on the MO's profile page via the {@code @entrySurveys} template bean), the pure scoring of
 * answers into maturity, agreement and need per dimension, and the rounds an MO runs with its members (answering,
 * priorities, closing, results with radar chart), publishing {@link de.bruecke.assessment.AssessmentCompleted}.
 * After closing: the action plan (needs, goals, next steps, follow-up date; optimistic locking) with a reminder e-mail
 * before the follow-up date, sharing of results and plan with the network staff of the MO's area, anonymous area
 * figures for networks (one SQL aggregation over the figures stored per closed round, small numbers withheld), an
 * accessible PDF of results and plan, and the bulk write of many closed rounds ({@code ClosedRounds}, named interface
 * {@code bulk}, used by demo's generator behind {@code --generate-assessments=N}).
 * Rooms: {@code questionnaire}, {@code survey}, {@code scoring}, {@code round}, {@code results}, {@code plan}; the root
 * package is the API (the event, {@code DimensionCode}, {@code Priority}, {@code RoundId}).
 * Listens to its own {@code AssessmentCompleted} ({@code ResultsReadyMail}): the respondents get a results-ready e-mail.
 * Who reads results is asked of {@code ResultReaders} (the {@code Actor} and its networks' {@code Area}).
 * A round closes by {@code Round.close}, which registers the event that {@code Rounds.save} publishes (ADR 0007).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
        allowedDependencies = { "platform", "account", "organisation", "notification", "region" })
package de.bruecke.assessment;

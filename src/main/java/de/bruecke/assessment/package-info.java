/**
 * Needs assessment: the versioned maturity questionnaire (shipped version 1 plus versions coordinators upload, check,
 * preview and publish; published versions are immutable), the entry survey members of an MO answer without starting
 * an assessment (summary on the MO's profile page via the {@code @entrySurveys} template bean), the pure scoring of
 * answers into maturity, agreement and need per dimension, and the rounds an MO runs with its members (answering,
 * priorities, closing, results with radar chart), publishing {@link de.bruecke.assessment.AssessmentCompleted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
        allowedDependencies = { "platform", "account", "organisation", "notification" })
package de.bruecke.assessment;

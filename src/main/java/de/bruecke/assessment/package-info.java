/**
 * Needs assessment: the versioned maturity questionnaire with its entry survey, the pure scoring of answers into
 * maturity, agreement and need per dimension, and the rounds an MO runs with its members (answering, priorities,
 * closing, results with radar chart), publishing {@link de.bruecke.assessment.AssessmentCompleted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
        allowedDependencies = { "platform", "account", "organisation", "notification" })
package de.bruecke.assessment;

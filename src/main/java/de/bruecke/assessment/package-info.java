/**
 * Needs assessment: the versioned maturity questionnaire with its entry survey, and the pure scoring of answers into
 * maturity, agreement and need per dimension.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment", allowedDependencies = { "platform", "organisation" })
package de.bruecke.assessment;

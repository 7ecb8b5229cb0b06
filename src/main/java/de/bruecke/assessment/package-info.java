/**
 * Needs assessment: the versioned maturity questionnaire (shipped version 1 plus versions coordinators upload, check,
 * preview and publish; published versions are immutable), the entry survey members of an MO answer without starting
 * an assessment (summary on the MO's profile page via the {@code @entrySurveys} template bean), and the pure scoring of
 * answers into maturity, agreement and need per dimension.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment", allowedDependencies = { "platform",
        "organisation" })
package de.bruecke.assessment;

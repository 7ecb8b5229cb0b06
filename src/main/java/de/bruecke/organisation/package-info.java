/**
 * Organisation: profiles of migrant organisations and institutions (edited step by step, with history, optimistic
 * locking, consented contact persons, visibility and verification by network staff) and the directory search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "platform",
        "platform :: spreadsheet", "region", "notification" })
package de.bruecke.organisation;

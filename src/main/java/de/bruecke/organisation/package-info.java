/**
 * Organisation: profiles of migrant organisations and institutions (edited step by step, with history, optimistic
 * locking, consented contact persons, visibility and verification by network staff), the directory search, and the
 * import of many organisations from CSV/XLSX files (column mapping, preview, background runs with a checkpoint per
 * batch, a reason for every rejected row).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "platform",
        "platform :: spreadsheet", "region", "notification" })
package de.bruecke.organisation;

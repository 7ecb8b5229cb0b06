/**
 * Organisation: profiles of migrant organisations and institutions (edited step by step with inline checks, with
 * history, optimistic locking, consented contact persons, visibility and verification by network staff) and the
 * directory search as a list, a map and a CSV/XLSX export (see docs/directory.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "platform",
        "platform :: spreadsheet", "region", "notification" })
package de.bruecke.organisation;

/**
 * Organisation: profiles of migrant organisations and institutions (edited step by step, with history, optimistic
 * locking, consented contact persons, visibility and verification by network staff) and the directory search. Also
 * realistic synthetic organisations for demos and benchmarks ({@code --generate-organisations=N}, written with COPY;
 * see README and docs/benchmarks.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "platform",
        "platform :: spreadsheet", "region", "notification" })
package de.bruecke.organisation;

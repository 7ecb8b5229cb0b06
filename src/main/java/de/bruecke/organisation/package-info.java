/**
 * Organisation: profiles of migrant organisations and institutions (edited step by step with inline checks, with
 * history, optimistic locking, consented contact persons, visibility and verification by network staff), the
 * directory search as a list, a map and a CSV/XLSX export (see docs/directory.md), the import of many organisations
 * from CSV/XLSX files (column mapping, preview, background runs with a checkpoint per batch, a reason for every
 * rejected row; see docs/import.md), and the COPY write path for many new profiles at once.
 * Rooms: {@code profile}, {@code directory}, {@code importing}; the root package is the API. The profile value types
 * and {@code ProfileCopy} form the named interface {@code organisation :: profile} (used by demo's synthetic data).
 * Publishes {@link de.bruecke.organisation.ProfilePublished} and {@link de.bruecke.organisation.ProfileVerified}.
 * Who may see, edit, verify or import is asked of the profile policy {@code Viewer} (an {@code Actor} and its {@code Area}s).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "platform",
        "platform :: spreadsheet", "region", "notification" })
package de.bruecke.organisation;

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
 * The profile's rules live in its values ({@code Basics}, {@code Reach}, {@code Capacity}, {@code ContactPerson},
 * {@code Profile.problems}); forms and the import only map input to them. An import job's life is {@code ImportJob}'s
 * transitions. Only {@code organisation.profile} writes the {@code organisation} table ({@code Profiles},
 * {@code ProfileBatch}, {@code ProfileCopy}); other modules read the view {@code organisation_place} (ADR 0007).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "platform",
        "platform :: spreadsheet", "region", "notification" })
package de.bruecke.organisation;

/**
 * Demo data for trying Brücke out: a handful of organisations at real postcodes and one account per role. Seeded
 * when demo mode is active (by default with the embedded database). {@code demo.synthetic}: realistic synthetic
 * organisations for demos and benchmarks ({@code --generate-organisations=N}), written through organisation's COPY,
 * and MOs with closed assessment rounds ({@code --generate-assessments=N}), closed through assessment's named interface
 * {@code bulk} ({@code ClosedRounds}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = { "platform", "account", "organisation", "organisation :: profile", "region",
        "assessment", "assessment :: bulk" })
package de.bruecke.demo;

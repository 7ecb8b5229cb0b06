/**
 * Migrant organisations and institutions. For now the minimal record (name, kind, postcode) that memberships point
 * at; the full profile follows with the directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "platform", "region" })
package de.bruecke.organisation;

/**
 * The technical ground every module stands on: embedded database, security, languages, layout and error pages. No domain logic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package de.bruecke.platform;

/**
 * The technical ground every module stands on: embedded database, security, languages, language and country catalogs, layout and error pages. No domain logic.
 * Also the administrators' page of undelivered event publications ({@code /admin/events}, Spring Modulith's registry).
 * Who acts in a request: {@link de.bruecke.platform.Actor} (roles with scopes, resolved once per request, a controller parameter).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package de.bruecke.platform;

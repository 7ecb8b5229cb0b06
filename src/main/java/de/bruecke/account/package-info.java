/**
 * People and what they may do: registration with e-mail confirmation, sign-in with throttling, password and e-mail
 * changes, roles scoped to organisations and networks, invitations into an organisation, user administration.
 * Publishes {@link de.bruecke.account.MemberJoined} when someone gets a role in an organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account", allowedDependencies = { "platform", "notification", "organisation", "region" })
package de.bruecke.account;

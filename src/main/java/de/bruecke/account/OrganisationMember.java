package de.bruecke.account;

import java.util.Locale;

import de.bruecke.platform.AccountId;

/** A person with a role in an organisation, as other modules may list them (e.g. to invite members to something). */
public record OrganisationMember(AccountId account, String displayName, String email, Role role, Locale language) {
}

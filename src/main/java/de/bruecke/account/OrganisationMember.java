package de.bruecke.account;

import java.util.Locale;
import java.util.UUID;

/** A person with a role in an organisation, as other modules may list them (e.g. to invite members to something). */
public record OrganisationMember(UUID userId, String displayName, String email, Role role, Locale language) {
}

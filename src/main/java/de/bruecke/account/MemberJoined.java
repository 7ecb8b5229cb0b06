package de.bruecke.account;

import java.util.Objects;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.platform.AccountId;

/**
 * Published when a person gets a role in an organisation they did not hold there before: member, admin or institution
 * member (by accepting an invitation, or given by an administrator).
 *
 * @param account the ID of the person's account
 */
public record MemberJoined(OrganisationId organisation, AccountId account, Role role) {

    public MemberJoined {
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(account);
        if (role.scope() != Role.Scope.ORGANISATION) {
            throw new IllegalArgumentException("Not an organisation role: " + role);
        }
    }
}

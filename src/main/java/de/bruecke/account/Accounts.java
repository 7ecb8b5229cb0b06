package de.bruecke.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.Organisations;
import de.bruecke.platform.AccountId;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as other modules may use them: set up ready-to-use accounts (e.g. for demo data), list an organisation's
 * members, invite someone into an organisation.
 */
@Component
public class Accounts {

    private final Users users;
    private final PasswordEncoder encoder;
    private final Invitations invitations;
    private final Organisations organisations;

    Accounts(Users users, PasswordEncoder encoder, Invitations invitations, Organisations organisations) {
        this.users = users;
        this.encoder = encoder;
        this.invitations = invitations;
        this.organisations = organisations;
    }

    public boolean exists(String email) {
        return users.byEmail(email).isPresent();
    }

    /** Creates an account whose e-mail address counts as confirmed, with the given roles. */
    @Transactional
    public UUID createConfirmed(String email, String name, String password, Locale language, List<RoleGrant> grants) {
        var account = new UserAccount(UUID.randomUUID(), email, name, encoder.encode(password), language.getLanguage(),
                OffsetDateTime.now(), false, null);
        if (!users.insertIfAbsent(account)) {
            throw new IllegalStateException("An account with this e-mail address exists");
        }
        grants.forEach(grant -> users.grant(account.id(), grant));
        return account.id();
    }

    /** Everyone with a role in the organisation, one entry per role, ordered by name. */
    public List<OrganisationMember> members(OrganisationId organisation) {
        return users.members(organisation.value()).stream()
                .map(m -> new OrganisationMember(new AccountId(m.userId()), m.displayName(), m.email(), m.role(),
                        Locale.forLanguageTag(m.language())))
                .toList();
    }

    /**
     * Invites someone by e-mail into the organisation with the usual invitation link (valid 7 days); {@code reasonKey}
     * names a message that tells them why, e.g. that they are asked to answer the needs assessment.
     */
    @Transactional
    public void inviteToOrganisation(OrganisationId organisation, String email, Role role, SignedInUser inviter,
            Locale language, String reasonKey) {
        var found = organisations.find(organisation).orElseThrow(() -> new IllegalArgumentException("organisation"));
        if (role.scope() != Role.Scope.ORGANISATION) {
            throw new IllegalArgumentException("Not an organisation role: " + role);
        }
        invitations.invite(found, email, role, inviter, language, reasonKey);
    }
}

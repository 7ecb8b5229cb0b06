package de.bruecke.account;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.notification.Mail;
import de.bruecke.notification.Mailer;
import de.bruecke.organisation.Organisation;
import de.bruecke.platform.Links;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** MO admins invite people into their organisation by e-mail; the link is valid for 7 days and works once. */
@Component
class Invitations {

    static final int VALID_DAYS = 7;

    record Pending(UUID id, String email, Role role, OffsetDateTime expiresAt) {
    }

    record Open(UUID id, UUID organisationId, String email, Role role) {
    }

    private final JdbcClient jdbc;
    private final Users users;
    private final Mailer mailer;
    private final Links links;
    private final PasswordEncoder encoder;

    Invitations(JdbcClient jdbc, Users users, Mailer mailer, Links links, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.users = users;
        this.mailer = mailer;
        this.links = links;
        this.encoder = encoder;
    }

    /** Invites someone; an open invitation for the same address is replaced, so a repeat resends the link. */
    @Transactional
    void invite(Organisation organisation, String email, Role role, SignedInUser inviter, Locale language,
            String reasonKey) {
        jdbc.sql("""
                update account_invitation set revoked_at = now()
                where organisation_id = :organisation and lower(email) = lower(:email)
                  and accepted_at is null and revoked_at is null""")
                .param("organisation", organisation.id().value()).param("email", email).update();
        String token = Tokens.newSecret();
        jdbc.sql("""
                insert into account_invitation (id, organisation_id, email, role, token_hash, invited_by, expires_at)
                values (:id, :organisation, :email, :role, :hash, :inviter, now() + make_interval(days => :days))""")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.id().value())
                .param("email", email)
                .param("role", role.name())
                .param("hash", Tokens.hash(token))
                .param("inviter", inviter.id())
                .param("days", VALID_DAYS)
                .update();
        Map<String, Object> variables = new HashMap<>(Map.of(
                "organisation", organisation.name(),
                "inviter", inviter.displayName(),
                "link", links.to("/invitations/accept", token),
                "days", VALID_DAYS));
        if (reasonKey != null) {
            variables.put("reason", reasonKey);
        }
        mailer.send(new Mail(email, language, "account/invitation", variables));
    }

    List<Pending> pending(UUID organisationId) {
        return jdbc.sql("""
                select id, email, role, expires_at from account_invitation
                where organisation_id = :organisation and accepted_at is null and revoked_at is null
                  and expires_at > now() order by created_at desc""")
                .param("organisation", organisationId)
                .query(Pending.class).list();
    }

    boolean revoke(UUID organisationId, UUID invitationId) {
        return jdbc.sql("""
                update account_invitation set revoked_at = now()
                where id = :id and organisation_id = :organisation and accepted_at is null and revoked_at is null""")
                .param("id", invitationId).param("organisation", organisationId).update() == 1;
    }

    Optional<Open> open(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, organisation_id, email, role from account_invitation
                where token_hash = :hash and accepted_at is null and revoked_at is null and expires_at > now()""")
                .param("hash", Tokens.hash(token)).query(Open.class).optional();
    }

    /** Accepts for a signed-in person whose address the invitation was sent to. */
    @Transactional
    boolean accept(String token, SignedInUser user) {
        return claim(token)
                .filter(open -> open.email().equalsIgnoreCase(user.email()))
                .map(open -> {
                    users.grant(user.id(), new RoleGrant(open.role(), open.organisationId(), null));
                    return true;
                })
                .orElse(false);
    }

    /** Accepts by creating a new account; the link proves the address, so it is confirmed at once. */
    @Transactional
    boolean acceptAsNewUser(String token, String name, String password, Locale language) {
        return claim(token)
                .map(open -> {
                    var account = new UserAccount(UUID.randomUUID(), open.email(), name, encoder.encode(password),
                            language.getLanguage(), OffsetDateTime.now(), false, null);
                    if (!users.insertIfAbsent(account)) {
                        throw new IllegalStateException("account exists");
                    }
                    users.grant(account.id(), new RoleGrant(open.role(), open.organisationId(), null));
                    return true;
                })
                .orElse(false);
    }

    private Optional<Open> claim(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update account_invitation set accepted_at = now()
                where token_hash = :hash and accepted_at is null and revoked_at is null and expires_at > now()
                returning id, organisation_id, email, role""")
                .param("hash", Tokens.hash(token)).query(Open.class).optional();
    }
}

package de.bruecke.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.platform.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class Users {

    private static final String COLUMNS =
            "id, email, display_name, password_hash, language, email_confirmed_at, blocked, created_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Users(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<UserAccount> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from account_user where lower(email) = lower(:email)")
                .param("email", email).query(UserAccount.class).optional();
    }

    Optional<UserAccount> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account_user where id = :id")
                .param("id", id).query(UserAccount.class).optional();
    }

    /** Inserts unless the e-mail address is taken; true when inserted. Safe against parallel registrations. */
    boolean insertIfAbsent(UserAccount user) {
        return jdbc.sql("""
                insert into account_user (id, email, display_name, password_hash, language, email_confirmed_at)
                values (:id, :email, :name, :hash, :language, :confirmed)
                on conflict (lower(email)) do nothing""")
                .param("id", user.id())
                .param("email", user.email())
                .param("name", user.displayName())
                .param("hash", user.passwordHash())
                .param("language", user.language())
                .param("confirmed", user.emailConfirmedAt())
                .update() == 1;
    }

    void confirmEmail(UUID id) {
        jdbc.sql("update account_user set email_confirmed_at = coalesce(email_confirmed_at, now()), version = version + 1 where id = :id")
                .param("id", id).update();
    }

    void changePassword(UUID id, String hash) {
        jdbc.sql("update account_user set password_hash = :hash, version = version + 1 where id = :id")
                .param("id", id).param("hash", hash).update();
    }

    /** Changes the e-mail address unless another account has it; true when changed. */
    boolean changeEmail(UUID id, String email) {
        return jdbc.sql("""
                update account_user set email = :email, version = version + 1 where id = :id
                and not exists (select 1 from account_user o where lower(o.email) = lower(:email) and o.id <> :id)""")
                .param("id", id).param("email", email).update() == 1;
    }

    void changeLanguage(String email, String language) {
        jdbc.sql("update account_user set language = :language where lower(email) = lower(:email)")
                .param("email", email).param("language", language).update();
    }

    void block(UUID id, boolean blocked) {
        jdbc.sql("update account_user set blocked = :blocked, version = version + 1 where id = :id")
                .param("id", id).param("blocked", blocked).update();
    }

    List<UserAccount> search(String query, int limit) {
        String pattern = "%" + query.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + """
                 from account_user
                where lower(email) like :pattern or lower(display_name) like :pattern
                order by lower(display_name), lower(email) limit :limit""")
                .param("pattern", pattern).param("limit", limit).query(UserAccount.class).list();
    }

    List<RoleGrant> grants(UUID userId) {
        return jdbc.sql("select role, organisation_id, network_id from account_role where user_id = :id order by role")
                .param("id", userId)
                .query((rs, n) -> new RoleGrant(Role.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .list();
    }

    List<StoredGrant> storedGrants(UUID userId) {
        return jdbc.sql("select id, role, organisation_id, network_id from account_role where user_id = :id order by role")
                .param("id", userId)
                .query((rs, n) -> new StoredGrant(rs.getObject(1, UUID.class), new RoleGrant(Role.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class))))
                .list();
    }

    /** Grants a role; granting one that is already held changes nothing. A new organisation role publishes {@link MemberJoined}. */
    @Transactional
    void grant(UUID userId, RoleGrant grant) {
        int granted = jdbc.sql("""
                insert into account_role (id, user_id, role, organisation_id, network_id)
                values (:id, :user, :role, :organisation, :network) on conflict do nothing""")
                .param("id", UUID.randomUUID())
                .param("user", userId)
                .param("role", grant.role().name())
                .param("organisation", grant.organisationId())
                .param("network", grant.networkId())
                .update();
        if (granted == 1 && grant.organisationId() != null) {
            events.publishEvent(new MemberJoined(new OrganisationId(grant.organisationId()), new AccountId(userId), grant.role()));
        }
    }

    void revoke(UUID userId, UUID grantId) {
        jdbc.sql("delete from account_role where id = :id and user_id = :user")
                .param("id", grantId).param("user", userId).update();
    }

    List<Member> members(UUID organisationId) {
        return jdbc.sql("""
                select u.id, u.display_name, u.email, r.role, u.language
                from account_role r join account_user u on u.id = r.user_id
                where r.organisation_id = :organisation order by lower(u.display_name), r.role""")
                .param("organisation", organisationId)
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }

    record StoredGrant(UUID id, RoleGrant grant) {
    }

    record Member(UUID userId, String displayName, String email, Role role, String language) {
    }
}

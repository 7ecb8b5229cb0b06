package de.bruecke.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring secrets sent by e-mail. Only their SHA-256 hash is stored; redeeming one is atomic, so a link
 * opened twice (or in two tabs at once) works exactly once.
 */
@Component
class Tokens {

    enum Purpose {
        CONFIRM_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1)), CHANGE_EMAIL(Duration.ofHours(24));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    record Redeemed(UUID userId, String newEmail) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    Tokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean plausible(String secret) {
        return secret != null && secret.length() == 43 && secret.chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '-' || c == '_');
    }

    String issue(UUID userId, Purpose purpose, String newEmail) {
        String secret = newSecret();
        jdbc.sql("""
                insert into account_token (token_hash, user_id, purpose, new_email, expires_at)
                values (:hash, :user, :purpose, :email, now() + make_interval(secs => :seconds))""")
                .param("hash", hash(secret))
                .param("user", userId)
                .param("purpose", purpose.name())
                .param("email", newEmail)
                .param("seconds", purpose.lifetime.toSeconds())
                .update();
        return secret;
    }

    /** Uses up a token if it is valid, unused and unexpired. */
    Optional<Redeemed> redeem(String secret, Purpose purpose) {
        if (!plausible(secret)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update account_token set used_at = now()
                where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()
                returning user_id, new_email""")
                .param("hash", hash(secret))
                .param("purpose", purpose.name())
                .query((rs, n) -> new Redeemed(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    /** Whether a token could still be redeemed, without using it up (to show the form behind a link). */
    boolean usable(String secret, Purpose purpose) {
        if (!plausible(secret)) {
            return false;
        }
        return jdbc.sql("""
                select count(*) from account_token
                where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()""")
                .param("hash", hash(secret)).param("purpose", purpose.name()).query(Long.class).single() > 0;
    }
}

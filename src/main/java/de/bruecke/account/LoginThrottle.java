package de.bruecke.account;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after 5 failed sign-ins for one e-mail address, or 50 from one IP address, within 15
 * minutes, further attempts are refused until the window has passed. Failures are counted per typed address, whether
 * an account exists or not, so the answer reveals nothing about who is registered.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES_PER_EMAIL = 5;
    static final int MAX_FAILURES_PER_IP = 50;
    static final int WINDOW_MINUTES = 15;

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean blocked(String email, String ip) {
        return jdbc.sql("""
                select (select count(*) from account_login_failure
                        where email = :email and failed_at > now() - make_interval(mins => :window)) >= :perEmail
                    or (select count(*) from account_login_failure
                        where ip = :ip and failed_at > now() - make_interval(mins => :window)) >= :perIp""")
                .param("email", key(email))
                .param("ip", ip)
                .param("window", WINDOW_MINUTES)
                .param("perEmail", MAX_FAILURES_PER_EMAIL)
                .param("perIp", MAX_FAILURES_PER_IP)
                .query(Boolean.class).single();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String email, String ip) {
        jdbc.sql("insert into account_login_failure (email, ip) values (:email, :ip)")
                .param("email", key(email)).param("ip", ip).update();
        jdbc.sql("delete from account_login_failure where failed_at < now() - interval '1 day'").update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String email) {
        jdbc.sql("delete from account_login_failure where email = :email").param("email", key(email)).update();
    }

    private static String key(String email) {
        String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return value.length() > 320 ? value.substring(0, 320) : value;
    }
}

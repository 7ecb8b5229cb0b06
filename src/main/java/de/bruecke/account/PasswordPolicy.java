package de.bruecke.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST-style password rules: 12 to 128 characters, no composition rules, not one of the 100,000 most common
 * passwords (the list shipped with nbvcxz), not the e-mail address.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() throws IOException {
        Set<String> words = new HashSet<>(150_000);
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("dictionaries/passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        }
        this.common = Set.copyOf(words);
    }

    int commonPasswordCount() {
        return common.size();
    }

    /** The message key of the first broken rule, or empty when the password is fine. */
    Optional<String> check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("validation.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("validation.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            return Optional.of("validation.password.common");
        }
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("validation.password.isEmail");
        }
        return Optional.empty();
    }
}

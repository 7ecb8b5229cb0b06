package de.bruecke.account;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy;

    PasswordPolicyTest() throws IOException {
        policy = new PasswordPolicy();
    }

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void enforcesLengthWithoutCompositionRules() {
        assertThat(policy.check("", null)).contains("validation.required");
        assertThat(policy.check("kurz", null)).contains("validation.password.tooShort");
        assertThat(policy.check("a".repeat(129), null)).contains("validation.password.tooLong");
        assertThat(policy.check("mein hund heißt bello", null)).isEmpty();
        assertThat(policy.check("a".repeat(128) + "", null)).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.check("😀".repeat(12), null)).isEmpty();
        assertThat(policy.check("😀".repeat(11), null)).contains("validation.password.tooShort");
    }

    @Test
    void rejectsCommonPasswordsAndTheEmailAddress() {
        assertThat(policy.check("qwertyqwerty", null)).contains("validation.password.common");
        assertThat(policy.check("QWERTY123456", null)).contains("validation.password.common");
        assertThat(policy.check("Olga@Verein.de", "olga@verein.de")).contains("validation.password.isEmail");
        assertThat(policy.check("olga.k@verein-beispiel.de", "olga.k@verein-beispiel.de"))
                .contains("validation.password.isEmail");
    }
}

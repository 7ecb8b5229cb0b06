package de.bruecke.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailAddressTest {

    @Test
    void acceptsOrdinaryAndInternationalAddresses() {
        assertThat(MailAddress.isValid("olga@verein.de")).isTrue();
        assertThat(MailAddress.isValid("müller@bücher.de")).isTrue();
        assertThat(MailAddress.isValid("δοκιμή@παράδειγμα.ελ")).isTrue();
        assertThat(MailAddress.isValid("a.b+tag@sub.example.org")).isTrue();
    }

    @Test
    void rejectsHeaderInjectionAndJunk() {
        assertThat(MailAddress.isValid("olga@verein.de\r\nBcc: all@example.org")).isFalse();
        assertThat(MailAddress.isValid("olga@verein.de\nX: y")).isFalse();
        assertThat(MailAddress.isValid("olga@verein.de\u0000")).isFalse();
        assertThat(MailAddress.isValid("<script>@x.de")).isFalse();
        assertThat(MailAddress.isValid("no-at-sign.de")).isFalse();
        assertThat(MailAddress.isValid("two@@signs.de")).isFalse();
        assertThat(MailAddress.isValid("olga@localhost")).isFalse();
        assertThat(MailAddress.isValid("a".repeat(250) + "@x.de")).isFalse();
        assertThat(MailAddress.isValid("")).isFalse();
        assertThat(MailAddress.isValid(null)).isFalse();
    }
}

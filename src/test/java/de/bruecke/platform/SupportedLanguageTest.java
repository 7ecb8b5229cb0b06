package de.bruecke.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupportedLanguageTest {

    @Test
    void picksTheBestBrowserLanguage() {
        assertThat(SupportedLanguage.bestMatch("ar-SY,ar;q=0.9,en;q=0.5")).isEqualTo(SupportedLanguage.ARABIC);
        assertThat(SupportedLanguage.bestMatch("fr-FR,uk;q=0.8")).isEqualTo(SupportedLanguage.UKRAINIAN);
        assertThat(SupportedLanguage.bestMatch("fr-FR")).isEqualTo(SupportedLanguage.GERMAN);
    }

    @Test
    void garbageFallsBackToGerman() {
        assertThat(SupportedLanguage.bestMatch(null)).isEqualTo(SupportedLanguage.GERMAN);
        assertThat(SupportedLanguage.bestMatch(";;;q=x,<script>")).isEqualTo(SupportedLanguage.GERMAN);
        assertThat(SupportedLanguage.bestMatch("x".repeat(5000))).isEqualTo(SupportedLanguage.GERMAN);
        assertThat(SupportedLanguage.of("xx")).isEmpty();
        assertThat(SupportedLanguage.of("")).isEmpty();
        assertThat(SupportedLanguage.of((Locale) null)).isEmpty();
    }

    @Test
    void onlyArabicIsRightToLeft() {
        for (SupportedLanguage language : SupportedLanguage.values()) {
            assertThat(language.direction()).isEqualTo(language == SupportedLanguage.ARABIC ? "rtl" : "ltr");
        }
    }
}

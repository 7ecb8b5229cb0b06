package de.bruecke.platform;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class LanguagesTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final Languages LANGUAGES = new Languages();

    @Test
    void everyIsoLanguageHasAGermanName() {
        for (String code : Locale.getISOLanguages()) {
            Language language = LANGUAGES.find(code).orElseThrow(() -> new AssertionError(code));
            assertThat(language.germanName()).as(code).isNotBlank().isNotEqualToIgnoringCase(code);
            assertThat(language.englishName()).as(code).isNotBlank().isNotEqualToIgnoringCase(code);
            assertThat(language.nativeName()).as(code).isNotBlank().isNotEqualToIgnoringCase(code);
            assertThat(language.code()).isEqualTo(language.code().toLowerCase(Locale.ROOT));
        }
        assertThat(LANGUAGES.all(Locale.GERMAN)).hasSizeGreaterThan(190)
                .extracting(Language::code).doesNotHaveDuplicates().doesNotContain("iw", "in", "ji", "mo");
    }

    @Test
    void turkishHasItsNames() {
        Language turkish = LANGUAGES.find("tr").orElseThrow();
        assertThat(turkish.germanName()).isEqualTo("Türkisch");
        assertThat(turkish.englishName()).isEqualTo("Turkish");
        assertThat(turkish.nativeName()).isEqualTo("Türkçe");
        assertThat(turkish.name(Locale.forLanguageTag("ru"))).isEqualTo("Турецкий");
        assertThat(turkish.label(Locale.GERMAN)).isEqualTo("Türkisch (\u2068Türkçe\u2069)");
        assertThat(LANGUAGES.find("de").orElseThrow().label(Locale.GERMAN)).isEqualTo("Deutsch");
        assertThat(LANGUAGES.find("aa").orElseThrow().label(Locale.GERMAN)).as("no English name posing as native")
                .isEqualTo("Afar");
    }

    @Test
    void communityLanguagesWithoutTwoLetterCode() {
        assertThat(LANGUAGES.find("kmr").orElseThrow().label(Locale.GERMAN))
                .isEqualTo("Kurmandschi (\u2068Kurmancî\u2069)");
        assertThat(LANGUAGES.find("ckb").orElseThrow().englishName()).isEqualTo("Sorani");
        assertThat(LANGUAGES.find("prs").orElseThrow().nativeName()).isEqualTo("دری");
        assertThat(LANGUAGES.find("zza").orElseThrow().nativeName()).isEqualTo("Zazakî");
        assertThat(LANGUAGES.find("ti").orElseThrow().germanName()).isEqualTo("Tigrinya");
        assertThat(LANGUAGES.find("gsg").orElseThrow().germanName()).isEqualTo("Deutsche Gebärdensprache");
        assertThat(List.of("syc", "arc", "aii", "tru", "rom", "rif", "hsb", "dsb", "frr", "nds"))
                .allSatisfy(code -> assertThat(LANGUAGES.isKnown(code)).as(code).isTrue());
        assertThat(LANGUAGES.find("kmr").orElseThrow().name(ARABIC)).as("falls back to English")
                .isEqualTo("Kurmanji");
    }

    @Test
    void codesAreNormalised() {
        assertThat(LANGUAGES.find(" TR ")).map(Language::code).contains("tr");
        assertThat(LANGUAGES.find("tur")).map(Language::code).contains("tr");
        assertThat(LANGUAGES.find("iw")).map(Language::code).contains("he");
        assertThat(LANGUAGES.find("KMR")).map(Language::code).contains("kmr");
    }

    @ParameterizedTest
    @ValueSource(strings = { "xx", "qqq", "", " ", "t", "tr-TR", "turk", "de_DE", "12", "<b>" })
    void unknownCodesAreRejected(String code) {
        assertThat(LANGUAGES.find(code)).isEmpty();
        assertThat(LANGUAGES.isKnown(code)).isFalse();
        assertThat(LANGUAGES.isKnown(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "turk", "Türk", "TÜRKÇE", "tr", "tuerkisch" })
    void turkishIsFoundByAnyOfItsNames(String query) {
        assertThat(LANGUAGES.search(query, Locale.GERMAN)).first().extracting(Language::code).isEqualTo("tr");
    }

    @Test
    void searchAcrossScriptsAndAliases() {
        assertThat(LANGUAGES.search("arab", Locale.GERMAN)).first().extracting(Language::code).isEqualTo("ar");
        assertThat(LANGUAGES.search("турецкий", Locale.forLanguageTag("ru"))).first().extracting(Language::code)
                .isEqualTo("tr");
        assertThat(LANGUAGES.search("укр", Locale.GERMAN)).first().extracting(Language::code).isEqualTo("uk");
        assertThat(LANGUAGES.search("العربية", Locale.GERMAN)).first().extracting(Language::code).isEqualTo("ar");
        assertThat(LANGUAGES.search("farsi", Locale.GERMAN)).first().extracting(Language::code).isEqualTo("fa");
        assertThat(LANGUAGES.search("sorani", Locale.GERMAN)).extracting(Language::code).containsExactly("ckb");
        assertThat(LANGUAGES.search("kurd", Locale.GERMAN)).extracting(Language::code).contains("ku", "kmr", "ckb", "sdh");
        assertThat(LANGUAGES.search("dari", Locale.GERMAN)).first().extracting(Language::code).isEqualTo("prs");
        assertThat(LANGUAGES.search("  ", Locale.GERMAN)).hasSameSizeAs(LANGUAGES.all(Locale.GERMAN));
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "${7*7}",
            "#{T(java.lang.Runtime)}", "%00", "\u0000", "../../etc/passwd", "\uD800" })
    void hostileInputFindsNothing(String query) {
        assertThat(LANGUAGES.search(query, Locale.GERMAN)).isEmpty();
        assertThat(LANGUAGES.search("a".repeat(10_000), Locale.GERMAN)).isEmpty();
    }

    @Property(tries = 300)
    void searchNeverThrows(@ForAll @StringLength(max = 120) String query) {
        assertThatCode(() -> LANGUAGES.search(query, ARABIC)).doesNotThrowAnyException();
    }

    @Test
    void arabicReadersGetArabicNamesInArabicOrder() {
        List<Language> all = LANGUAGES.all(ARABIC);
        assertThat(LANGUAGES.find("de").orElseThrow().name(ARABIC)).isEqualTo("الألمانية");
        assertThat(LANGUAGES.search("الألمانية", ARABIC)).first().extracting(Language::code).isEqualTo("de");
        assertThat(all.stream().filter(l -> l.name(ARABIC).chars().anyMatch(c -> Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.ARABIC)).count()).isGreaterThan(150);
        assertThat(LANGUAGES.all(null)).isEqualTo(LANGUAGES.all(Locale.GERMAN));
    }

    @Test
    void germanOrderFollowsTheCollator() {
        List<String> names = LANGUAGES.all(Locale.GERMAN).stream().map(Language::germanName).toList();
        assertThat(names.indexOf("Abchasisch")).isLessThan(names.indexOf("Albanisch"));
        assertThat(names.indexOf("Türkisch")).isLessThan(names.indexOf("Turkmenisch"));
        assertThat(names.get(0)).startsWith("A");
        List<String> english = LANGUAGES.all(Locale.ENGLISH).stream().map(Language::englishName).toList();
        assertThat(english.indexOf("Arabic")).isLessThan(english.indexOf("Zulu"));
    }
}

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

class CountriesTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final Countries COUNTRIES = new Countries();

    @Test
    void everyIsoCountryHasGermanAndEnglishNames() {
        for (String code : Locale.getISOCountries()) {
            Country country = COUNTRIES.find(code).orElseThrow(() -> new AssertionError(code));
            assertThat(country.code()).isEqualTo(code.toUpperCase(Locale.ROOT));
            assertThat(country.germanName()).as(code).isNotBlank().isNotEqualTo(code);
            assertThat(country.englishName()).as(code).isNotBlank().isNotEqualTo(code);
        }
        assertThat(COUNTRIES.find("xk")).map(Country::germanName).contains("Kosovo");
        assertThat(COUNTRIES.all(Locale.GERMAN)).hasSize(Locale.getISOCountries().length + 1);
    }

    @Test
    void namesAndNativeNames() {
        Country syria = COUNTRIES.find("SY").orElseThrow();
        assertThat(syria.germanName()).isEqualTo("Syrien");
        assertThat(syria.englishName()).isEqualTo("Syria");
        assertThat(syria.nativeName()).isEqualTo("سوريا");
        assertThat(syria.label(Locale.GERMAN)).isEqualTo("Syrien (\u2068سوريا\u2069)");
        assertThat(COUNTRIES.find("UA").orElseThrow().nativeName()).isEqualTo("Україна");
        assertThat(COUNTRIES.find("TR").orElseThrow().name(Locale.forLanguageTag("tr"))).isEqualTo("Türkiye");
        assertThat(COUNTRIES.find("CH").orElseThrow().label(Locale.GERMAN)).as("no obvious main language").isEqualTo("Schweiz");
    }

    @Test
    void codesAreNormalisedAndUnknownOnesRejected() {
        assertThat(COUNTRIES.find(" de ")).map(Country::code).contains("DE");
        assertThat(COUNTRIES.find("TUR")).map(Country::code).contains("TR");
        assertThat(List.of("", "D", "XX", "ZZ", "DEU1", "D E", "<b>", "ÄÖ")).allSatisfy(code -> {
            assertThat(COUNTRIES.find(code)).as(code).isEmpty();
            assertThat(COUNTRIES.isKnown(code)).as(code).isFalse();
        });
        assertThat(COUNTRIES.isKnown(null)).isFalse();
        assertThat(COUNTRIES.isKnown("ER")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "türk", "Turkiye", "TÜRKEI", "tr", "tur", "Türkiye" })
    void turkeyIsFoundByAnyOfItsNames(String query) {
        assertThat(COUNTRIES.search(query, Locale.GERMAN)).first().extracting(Country::code).isEqualTo("TR");
    }

    @Test
    void searchAcrossScriptsAndAliases() {
        assertThat(COUNTRIES.search("syr", Locale.GERMAN)).first().extracting(Country::code).isEqualTo("SY");
        assertThat(COUNTRIES.search("سوريا", Locale.GERMAN)).first().extracting(Country::code).isEqualTo("SY");
        assertThat(COUNTRIES.search("укр", Locale.GERMAN)).first().extracting(Country::code).isEqualTo("UA");
        assertThat(COUNTRIES.search("aethiop", Locale.GERMAN)).first().extracting(Country::code).isEqualTo("ET");
        assertThat(COUNTRIES.search("athiop", Locale.GERMAN)).first().extracting(Country::code).isEqualTo("ET");
        assertThat(COUNTRIES.search("elfenbein", Locale.GERMAN)).first().extracting(Country::code).isEqualTo("CI");
        assertThat(COUNTRIES.search("kosov", Locale.GERMAN)).first().extracting(Country::code).isEqualTo("XK");
        assertThat(COUNTRIES.search("Deutschland", ARABIC)).first().extracting(Country::code).isEqualTo("DE");
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert(1)</script>", "\"><svg onload=alert(1)>", "' OR 1=1 --", "${7*7}", "\u0000" })
    void hostileInputFindsNothing(String query) {
        assertThat(COUNTRIES.search(query, Locale.GERMAN)).isEmpty();
    }

    @Property(tries = 300)
    void searchNeverThrows(@ForAll @StringLength(max = 120) String query) {
        assertThatCode(() -> COUNTRIES.search(query, Locale.GERMAN)).doesNotThrowAnyException();
    }

    @Test
    void germanOrderPutsUmlautsAmongTheirVowel() {
        List<String> names = COUNTRIES.all(Locale.GERMAN).stream().map(Country::germanName).toList();
        assertThat(names.indexOf("Afghanistan")).isLessThan(names.indexOf("Ägypten"));
        assertThat(names.indexOf("Ägypten")).isLessThan(names.indexOf("Albanien"));
        assertThat(names.indexOf("Äthiopien")).isLessThan(names.indexOf("Australien"));
        assertThat(names.indexOf("Australien")).isLessThan(names.indexOf("Bahamas"));
        assertThat(names.indexOf("Österreich")).isLessThan(names.indexOf("Pakistan"));
    }

    @Test
    void arabicReadersGetArabicNames() {
        assertThat(COUNTRIES.find("DE").orElseThrow().name(ARABIC)).isEqualTo("ألمانيا");
        assertThat(COUNTRIES.all(ARABIC).get(0).name(ARABIC)).matches("^[\\u0600-\\u06FF].*");
    }
}

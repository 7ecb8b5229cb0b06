package de.bruecke.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Languages (ISO 639) and countries (ISO 3166) as the profile forms offer and resolve them. */
@Component
class CodeLists {

    /** Languages most spoken in migrant communities in Germany, offered as checkboxes. */
    static final List<String> COMMON_LANGUAGES = List.of("de", "en", "ar", "tr", "ru", "uk", "pl", "ro", "fa", "ku",
            "ti", "so", "fr", "es", "it", "el", "sq", "sr", "bg", "vi", "ps", "zh", "hi", "ur");
    static final List<String> COMMON_COUNTRIES = List.of("TR", "SY", "UA", "RU", "PL", "RO", "AF", "IQ", "IR", "ER",
            "KZ", "XK", "IT", "GR", "BG", "VN", "NG", "SO", "MA", "CN");

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code);
    }

    boolean isCountry(String code) {
        return code != null && (COUNTRIES.contains(code) || "XK".equals(code));
    }

    String languageName(String code, Locale locale) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    String countryName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** Language codes whose code or name (in German, English, the language itself or the page language) fits. */
    List<String> languages(String text, Locale locale) {
        String query = fold(text);
        return Arrays.stream(Locale.getISOLanguages()).filter(code -> {
            Locale language = Locale.forLanguageTag(code);
            return code.equals(query) || Set.of(language.getDisplayLanguage(Locale.GERMAN),
                    language.getDisplayLanguage(Locale.ENGLISH), language.getDisplayLanguage(language),
                    language.getDisplayLanguage(locale)).stream().map(CodeLists::fold).anyMatch(query::equals);
        }).toList();
    }

    List<String> countries(String text, Locale locale) {
        String query = fold(text);
        return COUNTRIES.stream().filter(code -> {
            Locale country = new Locale.Builder().setRegion(code).build();
            return fold(code).equals(query) || Set.of(country.getDisplayCountry(Locale.GERMAN),
                    country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(locale)).stream()
                    .map(CodeLists::fold).anyMatch(query::equals);
        }).sorted().collect(Collectors.toList());
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

package de.bruecke.organisation.profile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import de.bruecke.platform.Countries;
import de.bruecke.platform.Country;
import de.bruecke.platform.Language;
import de.bruecke.platform.Languages;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** Languages (ISO 639) and countries (ISO 3166) as the profile forms offer and resolve them. */
@Component
@NamedInterface("profile")
public class CodeLists {

    /** Languages most spoken in migrant communities in Germany, offered as checkboxes. */
    static final List<String> COMMON_LANGUAGES = List.of("de", "en", "ar", "tr", "ru", "uk", "pl", "ro", "fa", "kmr",
            "ti", "so", "fr", "es", "it", "el", "sq", "sr", "bg", "vi", "ps", "prs", "zh", "ur");
    static final List<String> COMMON_COUNTRIES = List.of("TR", "SY", "UA", "RU", "PL", "RO", "AF", "IQ", "IR", "ER",
            "KZ", "XK", "IT", "GR", "BG", "VN", "NG", "SO", "MA", "CN");

    private static final int MAX_REMEMBERED_SEARCHES = 20_000;

    private final Languages languages;
    private final Countries countries;
    /** Imports resolve the same few names thousands of times; the lists never change while the application runs. */
    private final Map<String, List<String>> searches = new ConcurrentHashMap<>();

    CodeLists(Languages languages, Countries countries) {
        this.languages = languages;
        this.countries = countries;
    }

    public boolean isLanguage(String code) {
        return languages.isKnown(code);
    }

    public boolean isCountry(String code) {
        return countries.isKnown(code);
    }

    public String languageName(String code, Locale locale) {
        return languages.find(code).map(l -> l.name(locale)).orElse(code);
    }

    public String countryName(String code, Locale locale) {
        return countries.find(code).map(c -> c.name(locale)).orElse(code);
    }

    /** Language codes whose code or name (German, English, native or in the page language) fits, best first. */
    List<String> languages(String text, Locale locale) {
        return text.isBlank() ? List.of() : remembered("l", text, locale,
                () -> languages.search(text, locale).stream().map(Language::code).toList());
    }

    List<String> countries(String text, Locale locale) {
        return text.isBlank() ? List.of() : remembered("c", text, locale,
                () -> countries.search(text, locale).stream().map(Country::code).toList());
    }

    private List<String> remembered(String list, String text, Locale locale, Supplier<List<String>> search) {
        String key = list + locale.toLanguageTag() + '\u0000' + text;
        List<String> found = searches.get(key);
        if (found == null) {
            found = search.get();
            if (searches.size() < MAX_REMEMBERED_SEARCHES) {
                searches.put(key, found);
            }
        }
        return found;
    }
}

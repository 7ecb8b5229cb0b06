package de.bruecke.platform;

import java.util.List;
import java.util.Locale;

/**
 * A country (ISO 3166-1 alpha-2, plus XK for Kosovo) with its German and English name and, where one language is clearly
 * its main one, its native name; otherwise the native name is the English one.
 */
public record Country(String code, String germanName, String englishName, String nativeName, List<String> aliases) {

    public Country {
        aliases = List.copyOf(aliases);
    }

    /** The name in the reader's language; the English name where Java's locale data has none. */
    public String name(Locale uiLanguage) {
        return DisplayNames.name(NameSearch.orGerman(uiLanguage), code, germanName, englishName,
                in -> new Locale("", code).getDisplayCountry(in));
    }

    /** The name in the reader's language followed by the native name where that adds something: "Syrien (سوريا)". */
    public String label(Locale uiLanguage) {
        Locale ui = NameSearch.orGerman(uiLanguage);
        return DisplayNames.label(name(ui), nativeName, englishName, ui);
    }
}

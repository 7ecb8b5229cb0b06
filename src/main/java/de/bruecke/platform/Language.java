package de.bruecke.platform;

import java.util.List;
import java.util.Locale;

/**
 * A language (ISO 639-1, or ISO 639-2/3 where it has no two-letter code) with its German, English and native name; the
 * native name is the English one where Java's locale data has no autonym.
 */
public record Language(String code, String germanName, String englishName, String nativeName, List<String> aliases) {

    public Language {
        aliases = List.copyOf(aliases);
    }

    /** The name in the reader's language; the English name where Java's locale data has none. */
    public String name(Locale uiLanguage) {
        return DisplayNames.name(NameSearch.orGerman(uiLanguage), code, germanName, englishName,
                in -> DisplayNames.capitalised(Locale.forLanguageTag(code).getDisplayLanguage(in), in));
    }

    /** The name in the reader's language followed by the native name where that adds something: "Arabisch (العربية)". */
    public String label(Locale uiLanguage) {
        Locale ui = NameSearch.orGerman(uiLanguage);
        return DisplayNames.label(name(ui), nativeName, englishName, ui);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}

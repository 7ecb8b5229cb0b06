package de.bruecke.platform;

import java.util.Locale;
import java.util.function.Function;

/** Small text helpers shared by {@link Language} and {@link Country}. */
final class DisplayNames {

    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private DisplayNames() {
    }

    /** German and English names as given; other languages from Java's locale data, or English where it has none. */
    static String name(Locale ui, String code, String germanName, String englishName,
            Function<Locale, String> javaName) {
        switch (ui.getLanguage()) {
            case "de":
                return germanName;
            case "en":
                return englishName;
            default:
                String name = javaName.apply(ui);
                return name.isBlank() || name.equalsIgnoreCase(code) ? englishName : name;
        }
    }

    static String capitalised(String name, Locale locale) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.codePointAt(0);
        int length = Character.charCount(first);
        return name.substring(0, length).toUpperCase(locale) + name.substring(length);
    }

    /** "Türkisch (Türkçe)", with the native name isolated so right-to-left scripts keep their order. */
    static String label(String name, String nativeName, String englishName, Locale ui) {
        boolean uiIsEnglish = "en".equals(ui.getLanguage());
        if (nativeName.equals(name) || (!uiIsEnglish && nativeName.equals(englishName))) {
            return name;
        }
        return name + " (" + FIRST_STRONG_ISOLATE + nativeName + POP_DIRECTIONAL_ISOLATE + ")";
    }
}

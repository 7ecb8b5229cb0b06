package de.bruecke.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Brücke speaks, German first. */
public enum SupportedLanguage {

    GERMAN("de", "Deutsch", false),
    ENGLISH("en", "English", false),
    TURKISH("tr", "Türkçe", false),
    RUSSIAN("ru", "Русский", false),
    ARABIC("ar", "العربية", true),
    UKRAINIAN("uk", "Українська", false);

    private final Locale locale;
    private final String nativeName;
    private final boolean rightToLeft;

    SupportedLanguage(String code, String nativeName, boolean rightToLeft) {
        this.locale = Locale.forLanguageTag(code);
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public static SupportedLanguage fallback() {
        return GERMAN;
    }

    public static Optional<SupportedLanguage> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.locale.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    public static Optional<SupportedLanguage> of(String code) {
        if (code == null || code.isBlank() || code.length() > 35) {
            return Optional.empty();
        }
        return of(Locale.forLanguageTag(code.strip()));
    }

    /** The best supported language for an Accept-Language header; German when none fits. */
    public static SupportedLanguage bestMatch(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return fallback();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            List<Locale> supported = Arrays.stream(values()).map(SupportedLanguage::locale).toList();
            Locale match = Locale.lookup(ranges, supported);
            return of(match).orElse(fallback());
        }
        catch (IllegalArgumentException e) {
            return fallback();
        }
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    public String nativeName() {
        return nativeName;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }
}

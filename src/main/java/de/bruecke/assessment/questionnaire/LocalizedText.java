package de.bruecke.assessment.questionnaire;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.bruecke.platform.SupportedLanguage;

/** One text in several languages; German is always present and is the fallback for every missing translation. */
public record LocalizedText(Map<SupportedLanguage, String> texts) {

    public LocalizedText {
        var copy = new EnumMap<SupportedLanguage, String>(SupportedLanguage.class);
        texts.forEach((language, text) -> {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("Blank text for " + language);
            }
            copy.put(language, text.strip());
        });
        if (!copy.containsKey(SupportedLanguage.GERMAN)) {
            throw new IllegalArgumentException("A localized text needs German: " + texts);
        }
        texts = Collections.unmodifiableMap(copy);
    }

    public static LocalizedText of(String german, String english) {
        return new LocalizedText(Map.of(SupportedLanguage.GERMAN, german, SupportedLanguage.ENGLISH, english));
    }

    public static LocalizedText germanOnly(String german) {
        return new LocalizedText(Map.of(SupportedLanguage.GERMAN, german));
    }

    /** The text in the given language, or German marked as fallback. */
    public ShownText in(SupportedLanguage language) {
        String text = texts.get(language);
        if (text != null) {
            return new ShownText(text, language, false);
        }
        return new ShownText(texts.get(SupportedLanguage.GERMAN), SupportedLanguage.GERMAN, true);
    }

    /** The text in the locale's language, or German marked as fallback (also for unsupported locales). */
    public ShownText in(Locale locale) {
        return SupportedLanguage.of(locale).map(this::in)
                .orElseGet(() -> new ShownText(german(), SupportedLanguage.GERMAN, true));
    }

    public Optional<String> exactly(SupportedLanguage language) {
        return Optional.ofNullable(texts.get(language));
    }

    public boolean has(SupportedLanguage language) {
        return texts.containsKey(language);
    }

    public Set<SupportedLanguage> languages() {
        return texts.keySet();
    }

    public String german() {
        return texts.get(SupportedLanguage.GERMAN);
    }
}

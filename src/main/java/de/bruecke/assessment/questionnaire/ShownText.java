package de.bruecke.assessment.questionnaire;

import java.util.Objects;

import de.bruecke.platform.SupportedLanguage;

/**
 * A text ready to show: its wording, the language it is really written in, and whether that is a fallback to German
 * because no translation exists (the UI marks such texts and sets {@code lang} from {@link #language()}).
 */
public record ShownText(String text, SupportedLanguage language, boolean fallback) {

    public ShownText {
        Objects.requireNonNull(text);
        Objects.requireNonNull(language);
    }

    /** The language code for an HTML {@code lang} attribute. */
    public String lang() {
        return language.code();
    }

    @Override
    public String toString() {
        return text;
    }
}

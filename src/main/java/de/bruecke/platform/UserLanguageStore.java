package de.bruecke.platform;

import java.util.Optional;

/** Remembers the language a signed-in person chose, so it follows them to every device. */
public interface UserLanguageStore {

    void remember(String username, SupportedLanguage language);

    Optional<SupportedLanguage> saved(String username);
}

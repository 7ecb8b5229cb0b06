package de.bruecke.organisation.profile;

import java.util.Locale;

/** Language and country names in the page language, for templates. */
public record CodeNames(CodeLists codeLists, Locale locale) {

    public String language(String code) {
        return codeLists.languageName(code, locale);
    }

    /** The languages' names joined by commas. */
    public String languages(java.util.List<String> codes) {
        return String.join(", ", codes.stream().map(this::language).toList());
    }

    public String country(String code) {
        return codeLists.countryName(code, locale);
    }
}

package de.bruecke.organisation;

import java.util.Locale;

/** Language and country names in the page language, for templates. */
record CodeNames(CodeLists codeLists, Locale locale) {

    public String language(String code) {
        return codeLists.languageName(code, locale);
    }

    public String country(String code) {
        return codeLists.countryName(code, locale);
    }
}

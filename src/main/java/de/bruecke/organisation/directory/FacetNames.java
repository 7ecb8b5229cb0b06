package de.bruecke.organisation.directory;

import java.util.Map;

import de.bruecke.organisation.profile.CodeNames;
import de.bruecke.organisation.profile.ProfileChoices;

/** The labels of facet values in the page language, looked up once per page for the search form. */
record FacetNames(CodeNames codes, Map<String, String> fields, Map<String, String> roles,
        Map<String, String> functions) {

    static FacetNames of(ProfileChoices.Labelled options, CodeNames codes) {
        return new FacetNames(codes, options.fields(), options.roles(), options.functions());
    }

    public String of(String facet, String value) {
        return switch (facet) {
            case "language" -> codes.language(value);
            case "community" -> codes.country(value);
            case "field" -> fields.getOrDefault(value, value);
            case "role" -> roles.getOrDefault(value, value);
            case "function" -> functions.getOrDefault(value, value);
            default -> value;
        };
    }
}

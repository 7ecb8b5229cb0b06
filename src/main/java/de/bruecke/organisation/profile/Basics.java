package de.bruecke.organisation.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import de.bruecke.organisation.InstitutionType;

import org.springframework.modulith.NamedInterface;

/** Step 1: who the organisation is and how to reach it. */
@NamedInterface("profile")
public record Basics(String name, String shortName, InstitutionType institutionType, LegalForm legalForm, Integer foundingYear,
        String registerCourt, String registerNumber, String description, String website, String publicEmail,
        String publicPhone, String umbrellas) implements ProfileSection {

    static final int MAX_DESCRIPTION = 5000;

    public static Basics named(String name) {
        return new Basics(name, "", null, null, null, "", "", "", "", "", "", "");
    }

    @Override
    public Map<String, String> fieldValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("shortName", shortName);
        values.put("institutionType", ProfileSection.text(institutionType));
        values.put("legalForm", ProfileSection.text(legalForm));
        values.put("foundingYear", ProfileSection.text(foundingYear));
        values.put("registerCourt", registerCourt);
        values.put("registerNumber", registerNumber);
        values.put("description", description);
        values.put("website", website);
        values.put("publicEmail", publicEmail);
        values.put("publicPhone", publicPhone);
        values.put("umbrellas", umbrellas);
        return values;
    }
}

package de.bruecke.organisation.profile;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.platform.FieldProblem;

import org.springframework.modulith.NamedInterface;

/** Step 1: who the organisation is and how to reach it. */
@NamedInterface("profile")
public record Basics(String name, String shortName, InstitutionType institutionType, LegalForm legalForm, Integer foundingYear,
        String registerCourt, String registerNumber, String description, String website, String publicEmail,
        String publicPhone, String umbrellas) implements ProfileSection {

    static final int MAX_DESCRIPTION = 5000;
    static final int FIRST_FOUNDING_YEAR = 1800;
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*[a-zA-Z/!]");
    private static final Pattern REGISTER_NUMBER = Pattern.compile("[\\p{L}0-9 .\\-/]{0,50}");

    public static Basics named(String name) {
        return new Basics(name, "", null, null, null, "", "", "", "", "", "", "");
    }

    /** The years an organisation can have been founded in, up to this one. */
    static FieldRules.Range foundingYears(Year thisYear) {
        return new FieldRules.Range(FIRST_FOUNDING_YEAR, thisYear.getValue());
    }

    /** What is wrong with these basics for an organisation of the kind; nothing when they may be saved. */
    public List<FieldProblem> problems(OrganisationKind kind, Year thisYear) {
        List<FieldProblem> problems = new ArrayList<>(nameProblems(name));
        if (kind == OrganisationKind.INSTITUTION && institutionType == null) {
            problems.add(FieldProblem.of("institutionType", "validation.choose"));
        }
        FieldRules.range(problems, "foundingYear", foundingYear, foundingYears(thisYear));
        FieldRules.length(problems, "shortName", shortName, 50);
        FieldRules.length(problems, "registerCourt", registerCourt, 100);
        FieldRules.length(problems, "registerNumber", registerNumber, 50);
        if (registerNumber != null && !REGISTER_NUMBER.matcher(registerNumber).matches()) {
            problems.add(FieldProblem.of("registerNumber", "validation.registerNumber"));
        }
        FieldRules.length(problems, "description", description, MAX_DESCRIPTION);
        if (description != null && HTML_TAG.matcher(description).find()) {
            problems.add(FieldProblem.of("description", "validation.noHtml"));
        }
        FieldRules.length(problems, "website", website, 300);
        if (!FieldRules.isWebsite(website)) {
            problems.add(FieldProblem.of("website", "validation.website"));
        }
        if (!FieldRules.isEmail(publicEmail)) {
            problems.add(FieldProblem.of("publicEmail", "validation.email"));
        }
        if (!FieldRules.isPhone(publicPhone)) {
            problems.add(FieldProblem.of("publicPhone", "validation.phone"));
        }
        FieldRules.length(problems, "umbrellas", umbrellas, 500);
        return problems;
    }

    /** An organisation needs a name of at most {@value Organisation#MAX_NAME_LENGTH} characters. */
    static List<FieldProblem> nameProblems(String name) {
        if (name == null || name.isBlank()) {
            return List.of(FieldProblem.of("name", "validation.required"));
        }
        return name.length() > Organisation.MAX_NAME_LENGTH ? List.of(FieldProblem.of("name", "validation.tooLong"))
                : List.of();
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

package de.bruecke.organisation.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.bruecke.platform.FieldProblem;

/** A person others may contact; shown outside the organisation only once their consent is recorded. */
record ContactPerson(UUID id, String name, String function, String email, String phone, List<String> languages,
        Consent consent) {

    /** The consent text the person agreed to; raise it when the text in the message bundles changes. */
    static final String CONSENT_TEXT_VERSION = "2026-11";

    ContactPerson {
        languages = List.copyOf(languages);
    }

    /** What is wrong with the person in row {@code row} of the list: a name is needed, and a usable address. */
    List<FieldProblem> problems(int row) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200 || (function != null && function.length() > 200)) {
            problems.add(FieldProblem.of("contactName", "validation.contact.name", row));
        }
        if (!FieldRules.isEmail(email)) {
            problems.add(FieldProblem.of("contactEmail", "validation.contact.email", row));
        }
        if (!FieldRules.isPhone(phone)) {
            problems.add(FieldProblem.of("contactPhone", "validation.contact.phone", row));
        }
        return problems;
    }

    public boolean consented() {
        return consent != null;
    }

    String summary() {
        return name + " (" + function + ", " + email + ", " + phone + ", " + ProfileSection.join(languages) + ", "
                + (consented() ? "consent " + consent.textVersion() : "no consent") + ")";
    }

    /** Who recorded the consent, when, and for which version of the consent text. */
    record Consent(Instant recordedAt, String recordedBy, String textVersion) {
    }
}

package de.bruecke.account;

import de.bruecke.notification.MailAddress;

import org.springframework.validation.Errors;

/** Field checks shared by the account forms, reported as localised field errors. */
final class FormChecks {

    private FormChecks() {
    }

    static void email(String email, String field, Errors errors) {
        if (email.isEmpty()) {
            errors.rejectValue(field, "validation.required");
        }
        else if (email.length() > MailAddress.MAX_LENGTH) {
            errors.rejectValue(field, "validation.tooLong");
        }
        else if (!MailAddress.isValid(email)) {
            errors.rejectValue(field, "validation.email");
        }
    }

    static void password(PasswordPolicy policy, String password, String email, String field, Errors errors) {
        policy.check(password, email).ifPresent(problem -> errors.rejectValue(field, problem));
    }
}

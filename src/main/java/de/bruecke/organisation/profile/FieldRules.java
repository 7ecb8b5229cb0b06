package de.bruecke.organisation.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

import de.bruecke.notification.MailAddress;
import de.bruecke.platform.FieldProblem;

/** The checks several profile values share: lengths, number ranges, phone numbers, e-mail and web addresses. */
final class FieldRules {

    private static final Pattern PHONE = Pattern.compile("[0-9 +()/.\\-]{3,40}");

    /** An inclusive range of whole numbers, named in the message when a value is outside. */
    record Range(int min, int max) {

        boolean contains(int value) {
            return value >= min && value <= max;
        }

        FieldProblem problem(String field) {
            return FieldProblem.of(field, "validation.number", min, max);
        }
    }

    private FieldRules() {
    }

    static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong"));
        }
    }

    static void range(List<FieldProblem> problems, String field, Integer value, Range range) {
        if (value != null && !range.contains(value)) {
            problems.add(range.problem(field));
        }
    }

    static boolean isPhone(String value) {
        return value == null || value.isEmpty() || PHONE.matcher(value).matches();
    }

    static boolean isEmail(String value) {
        return value == null || value.isEmpty() || MailAddress.isValid(value);
    }

    static boolean isWebsite(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        try {
            var uri = new URI(value);
            return value.matches("(?i)https?://.*") && uri.getHost() != null && uri.getHost().contains(".")
                    && value.chars().noneMatch(Character::isWhitespace);
        }
        catch (URISyntaxException invalid) {
            return false;
        }
    }
}

package de.bruecke.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.validation.Errors;

/**
 * A rule a value broke, at the field it belongs to: a message key and its arguments. Value objects report these about
 * themselves; forms show them at their fields, imports as the reasons a row was rejected.
 */
public record FieldProblem(String field, String code, List<String> arguments) {

    public FieldProblem {
        Objects.requireNonNull(field);
        Objects.requireNonNull(code);
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The same problem shown at another field, e.g. the input a list was typed into. */
    public FieldProblem at(String otherField) {
        return new FieldProblem(otherField, code, arguments);
    }

    /** Reports the problem at its field. */
    public void rejectAt(Errors errors) {
        errors.rejectValue(field, code, arguments.toArray(), null);
    }

    /**
     * Reports the problems at their fields, except at fields that have an error already: input that could not be read
     * at all says so once, not once more for the rule its missing value then breaks.
     */
    public static void reject(Collection<FieldProblem> problems, Errors errors) {
        Set<String> unreadable = new HashSet<>();
        errors.getFieldErrors().forEach(error -> unreadable.add(error.getField()));
        for (FieldProblem problem : problems) {
            if (!unreadable.contains(problem.field())) {
                problem.rejectAt(errors);
            }
        }
    }
}

package de.bruecke.assessment.scoring;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import de.bruecke.assessment.questionnaire.Level;

import org.springframework.modulith.NamedInterface;

/** One respondent's answer to one item: a maturity level 1 to 4, "don't know" or "not applicable". */
@NamedInterface("bulk")
public enum Answer {
    LEVEL_1("1"),
    LEVEL_2("2"),
    LEVEL_3("3"),
    LEVEL_4("4"),
    DONT_KNOW("DONT_KNOW"),
    NOT_APPLICABLE("NOT_APPLICABLE");

    private final String code;

    Answer(String code) {
        this.code = code;
    }

    /** The answer for a level 1 to 4; anything else (e.g. 5) is rejected. */
    public static Answer ofLevel(int level) {
        if (level < Level.LOWEST || level > Level.HIGHEST) {
            throw new IllegalArgumentException("No such level: " + level);
        }
        return values()[level - 1];
    }

    /** The answer for a stored or submitted code ("1" … "4", "DONT_KNOW", "NOT_APPLICABLE"); empty for anything else. */
    public static Optional<Answer> fromCode(String code) {
        return Arrays.stream(values()).filter(answer -> answer.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    /** The maturity level, empty for "don't know" and "not applicable" (which never count as a level). */
    public OptionalInt level() {
        return isLevel() ? OptionalInt.of(ordinal() + 1) : OptionalInt.empty();
    }

    public boolean isLevel() {
        return this != DONT_KNOW && this != NOT_APPLICABLE;
    }
}

package de.bruecke.assessment.questionnaire;

import java.util.Objects;

/** One maturity level of an item (1 = not yet there … 4 = well established) with what it looks like. */
public record Level(int value, LocalizedText description) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    public Level {
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException("Level out of range: " + value);
        }
        Objects.requireNonNull(description);
    }
}

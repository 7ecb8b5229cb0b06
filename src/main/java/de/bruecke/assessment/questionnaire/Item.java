package de.bruecke.assessment.questionnaire;

import java.util.List;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/** One question of the questionnaire with a help text and exactly four level descriptions, levels 1 to 4 in order. */
@NamedInterface("bulk")
public record Item(String code, LocalizedText question, LocalizedText help, List<Level> levels) {

    public Item {
        Objects.requireNonNull(code);
        Objects.requireNonNull(question);
        Objects.requireNonNull(help);
        levels = List.copyOf(levels);
        if (levels.size() != Level.HIGHEST) {
            throw new IllegalArgumentException(code + " needs exactly four levels");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).value() != i + 1) {
                throw new IllegalArgumentException(code + " has its levels out of order");
            }
        }
    }

    /** The level with the given value, 1 to 4. */
    public Level level(int value) {
        if (value < Level.LOWEST || value > Level.HIGHEST) {
            throw new IllegalArgumentException("Level out of range: " + value);
        }
        return levels.get(value - 1);
    }
}

package de.bruecke.assessment.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.bruecke.assessment.DimensionCode;

import org.springframework.modulith.NamedInterface;

/** One professionalisation dimension of a questionnaire with its 3 to 5 items. */
@NamedInterface("bulk")
public record Dimension(DimensionCode code, LocalizedText title, LocalizedText description, List<Item> items) {

    public static final int MIN_ITEMS = 3;
    public static final int MAX_ITEMS = 5;

    public Dimension {
        Objects.requireNonNull(code);
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        items = List.copyOf(items);
        if (items.size() < MIN_ITEMS || items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException(code + " needs 3 to 5 items, has " + items.size());
        }
        String prefix = code.name() + ".";
        if (items.stream().anyMatch(item -> !item.code().startsWith(prefix))) {
            throw new IllegalArgumentException("Every item code of " + code + " starts with " + prefix);
        }
        if (items.stream().map(Item::code).distinct().count() != items.size()) {
            throw new IllegalArgumentException(code + " has duplicate item codes");
        }
    }

    public Optional<Item> item(String itemCode) {
        return items.stream().filter(item -> item.code().equals(itemCode)).findFirst();
    }
}

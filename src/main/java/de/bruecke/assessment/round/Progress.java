package de.bruecke.assessment.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.questionnaire.Dimension;
import de.bruecke.assessment.questionnaire.Item;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.scoring.Answer;

/**
 * How far one respondent got: answered items, dimensions with every item answered, and what is still missing. "Don't
 * know" and "not applicable" count as answered.
 */
record Progress(int answeredItems, int totalItems, int completeDimensions, int totalDimensions,
        Map<DimensionCode, List<Item>> missing) {

    static Progress of(Questionnaire questionnaire, Map<String, Answer> answers) {
        Map<DimensionCode, List<Item>> missing = new LinkedHashMap<>();
        int answered = 0;
        int complete = 0;
        for (Dimension dimension : questionnaire.dimensions()) {
            List<Item> open = new ArrayList<>();
            for (Item item : dimension.items()) {
                if (answers.containsKey(item.code())) {
                    answered++;
                }
                else {
                    open.add(item);
                }
            }
            if (open.isEmpty()) {
                complete++;
            }
            else {
                missing.put(dimension.code(), List.copyOf(open));
            }
        }
        return new Progress(answered, questionnaire.items().size(), complete, questionnaire.dimensions().size(),
                Map.copyOf(missing));
    }

    public boolean isComplete() {
        return answeredItems == totalItems;
    }

    public boolean hasStarted() {
        return answeredItems > 0;
    }

    /** The first dimension (in questionnaire order) with an unanswered item; empty when everything is answered. */
    public Optional<DimensionCode> firstOpenDimension() {
        return missing.keySet().stream().sorted().findFirst();
    }

    /** Missing items per dimension, in dimension order. */
    public List<Map.Entry<DimensionCode, List<Item>>> missingByDimension() {
        return missing.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }
}

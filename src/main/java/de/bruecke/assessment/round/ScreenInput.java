package de.bruecke.assessment.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * What one answer screen sent: the answers chosen (field {@code answer:<item code>}), the answers the screen was shown
 * with ({@code was:<item code>}), the proposed priority and the one shown. Only values that differ from what was shown
 * are changes of this screen; everything else may be older than what another tab saved meanwhile.
 */
record ScreenInput(Map<String, String> answers, Map<String, String> shown, String priority, String priorityShown) {

    static final String ANSWER = "answer:";
    static final String SHOWN = "was:";
    static final String PRIORITY = "priority";
    static final String PRIORITY_SHOWN = "priorityWas";

    ScreenInput {
        answers = Map.copyOf(answers);
        shown = Map.copyOf(shown);
        priority = priority == null ? "" : priority;
        priorityShown = priorityShown == null ? "" : priorityShown;
    }

    static ScreenInput of(MultiValueMap<String, String> parameters) {
        Map<String, String> answers = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        parameters.forEach((name, values) -> {
            String value = first(values);
            if (name.startsWith(ANSWER)) {
                answers.put(name.substring(ANSWER.length()), value);
            }
            else if (name.startsWith(SHOWN)) {
                shown.put(name.substring(SHOWN.length()), value);
            }
        });
        return new ScreenInput(answers, shown, first(parameters.get(PRIORITY)), first(parameters.get(PRIORITY_SHOWN)));
    }

    /** The answer chosen for the item if the person changed it on this screen. */
    String changedAnswer(String itemCode) {
        String chosen = answers.get(itemCode);
        return chosen == null || chosen.equals(shown.getOrDefault(itemCode, "")) ? null : chosen;
    }

    String changedPriority() {
        return priority.isEmpty() || priority.equals(priorityShown) ? null : priority;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}

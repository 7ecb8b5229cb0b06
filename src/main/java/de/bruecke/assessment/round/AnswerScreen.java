package de.bruecke.assessment.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.questionnaire.Dimension;
import de.bruecke.assessment.questionnaire.Item;
import de.bruecke.assessment.questionnaire.Level;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.ShownText;
import de.bruecke.assessment.scoring.Answer;

/**
 * One dimension as a respondent answers it: its items with the four level descriptions plus "don't know" and "not
 * applicable", the answers given so far and the proposed priority.
 */
record AnswerScreen(int position, int total, DimensionCode code, ShownText title, ShownText description,
        ShownText instruction, List<ItemView> items, String priority, Progress progress, String action,
        String previous, String next) {

    /** One choice of an item; {@code text} is the level description, or empty for the two other answers. */
    record Choice(String value, String id, int level, ShownText text) {

        public boolean isLevel() {
            return level > 0;
        }
    }

    record ItemView(int number, String code, String id, ShownText question, ShownText help, List<Choice> choices,
            String current) {

        /** The htmx values that make a change of this item save only this item. */
        public String hxVals() {
            return "{\"part\":\"" + code + "\"}";
        }
    }

    static AnswerScreen of(Questionnaire questionnaire, DimensionCode code, Round.Respondent respondent, Locale locale,
            String base) {
        Dimension dimension = questionnaire.dimension(code);
        Map<String, Answer> answers = respondent.answers();
        List<ItemView> items = new ArrayList<>();
        int number = 1;
        for (Item item : dimension.items()) {
            String id = "item-" + item.code().toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-');
            List<Choice> choices = new ArrayList<>();
            for (Level level : item.levels()) {
                choices.add(new Choice(Answer.ofLevel(level.value()).code(), id + "-" + level.value(), level.value(),
                        level.description().in(locale)));
            }
            choices.add(new Choice(Answer.DONT_KNOW.code(), id + "-dont-know", 0, null));
            choices.add(new Choice(Answer.NOT_APPLICABLE.code(), id + "-not-applicable", 0, null));
            Answer current = answers.get(item.code());
            items.add(new ItemView(number++, item.code(), id, item.question().in(locale), item.help().in(locale),
                    choices, current == null ? "" : current.code()));
        }
        int position = code.ordinal() + 1;
        int total = DimensionCode.values().length;
        Priority priority = respondent.proposed().get(code);
        return new AnswerScreen(position, total, code, dimension.title().in(locale),
                dimension.description().in(locale), questionnaire.instruction().in(locale), items,
                priority == null ? "" : priority.name(), Progress.of(questionnaire, answers),
                base + "/answers/" + RoundPages.path(code),
                position > 1 ? base + "/answers/" + RoundPages.path(DimensionCode.values()[position - 2]) : null,
                position < total ? base + "/answers/" + RoundPages.path(DimensionCode.values()[position]) : null);
    }

    public String priorityHxVals() {
        return "{\"part\":\"" + Answers.PRIORITY_PART + "\"}";
    }

    public boolean isLast() {
        return next == null;
    }

    public List<Priority> priorities() {
        return List.of(Priority.values());
    }
}

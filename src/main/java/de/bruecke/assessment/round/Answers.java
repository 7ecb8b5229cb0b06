package de.bruecke.assessment.round;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.questionnaire.Dimension;
import de.bruecke.assessment.questionnaire.Item;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.round.RoundRuleViolated.Rule;
import de.bruecke.assessment.scoring.Answer;
import de.bruecke.platform.AccountId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves what a respondent changed on one screen (one dimension): each answer and the proposed priority on its own, and
 * only those the person changed there, so a stale screen in another tab never overwrites newer answers.
 */
@Component
public class Answers {

    /** The part of a screen one htmx request saves: an item code or the priority. */
    static final String PRIORITY_PART = "priority";

    /** What was written: item code → answer code, and the priority if it changed. */
    record Saved(Map<String, String> answers, Optional<Priority> priority) {

        boolean isEmpty() {
            return answers.isEmpty() && priority.isEmpty();
        }
    }

    private final Rounds rounds;
    private final Assessments assessments;

    Answers(Rounds rounds, Assessments assessments) {
        this.rounds = rounds;
        this.assessments = assessments;
    }

    /**
     * Saves the changes of one screen, or only {@code part} of it (an item code or {@link #PRIORITY_PART}). All or
     * nothing: a forged item code or answer refuses the whole request.
     */
    @Transactional
    Saved save(RoundId id, AccountId account, DimensionCode dimensionCode, ScreenInput input, Optional<String> part) {
        Round round = rounds.findForAnswering(id).orElseThrow(() -> new IllegalArgumentException("No round " + id));
        if (!round.isOpen()) {
            throw new RoundRuleViolated(Rule.ROUND_CLOSED, id.toString());
        }
        Round.Respondent respondent = round.respondentFor(account)
                .orElseThrow(() -> new RoundRuleViolated(Rule.NOT_A_RESPONDENT, String.valueOf(account)));
        Questionnaire questionnaire = assessments.questionnaire(round);
        Dimension dimension = questionnaire.dimension(dimensionCode);
        for (String itemCode : input.answers().keySet()) {
            if (dimension.item(itemCode).isEmpty()) {
                throw new RoundRuleViolated(Rule.UNKNOWN_ITEM, itemCode);
            }
        }
        if (part.isPresent() && !part.get().equals(PRIORITY_PART) && dimension.item(part.get()).isEmpty()) {
            throw new RoundRuleViolated(Rule.UNKNOWN_ITEM, part.get());
        }
        Map<String, String> written = new LinkedHashMap<>();
        for (Item item : dimension.items()) {
            if (part.isPresent() && !part.get().equals(item.code())) {
                continue;
            }
            String chosen = input.changedAnswer(item.code());
            if (chosen != null) {
                Answer answer = round.checkAnswer(questionnaire, respondent.id(), item.code(), chosen);
                rounds.saveAnswer(respondent.id(), item.code(), answer);
                written.put(item.code(), answer.code());
            }
        }
        Optional<Priority> priority = Optional.empty();
        if (part.isEmpty() || part.get().equals(PRIORITY_PART)) {
            String chosen = input.changedPriority();
            if (chosen != null) {
                priority = Optional.of(round.checkProposal(respondent.id(), chosen));
                rounds.saveProposal(respondent.id(), dimensionCode, priority.get());
            }
        }
        return new Saved(written, priority);
    }
}

package de.bruecke.assessment.round;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.assessment.AssessmentCompleted;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.round.RoundRuleViolated.Rule;
import de.bruecke.assessment.scoring.Answer;
import de.bruecke.assessment.scoring.AssessmentResult;
import de.bruecke.assessment.scoring.Response;
import de.bruecke.assessment.scoring.Scoring;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.platform.AccountId;

/**
 * One assessment round of an organisation: who is asked, what each respondent answered and proposed, and the priorities
 * agreed when closing. Guards the rules: only items of its questionnaire version, levels 1–4 or "don't know" / "not
 * applicable", nothing changes after closing, and closing needs at least one complete response.
 *
 * @param events what happened to the round since it was loaded, published by {@link Rounds#save} with the change
 */
public record Round(RoundId id, OrganisationId organisation, int questionnaireVersion, Status status, AccountId startedBy,
        Instant startedAt, AccountId closedBy, Instant closedAt, List<Respondent> respondents,
        Map<DimensionCode, Priority> agreed, List<AssessmentCompleted> events) {

    enum Status {
        OPEN, CLOSED
    }

    /**
     * A person asked to answer: an account, or an e-mail address invited to join the organisation first.
     *
     * @param account empty while someone invited by e-mail has not joined yet
     */
    record Respondent(UUID id, AccountId account, String email, Map<String, Answer> answers,
            Map<DimensionCode, Priority> proposed) {

        Respondent {
            Objects.requireNonNull(id);
            answers = Map.copyOf(answers);
            proposed = Map.copyOf(proposed);
        }

        public boolean hasJoined() {
            return account != null;
        }
    }

    public Round {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(status);
        respondents = List.copyOf(respondents);
        agreed = Map.copyOf(agreed);
        events = List.copyOf(events);
    }

    Round(RoundId id, OrganisationId organisation, int questionnaireVersion, Status status, AccountId startedBy,
            Instant startedAt, AccountId closedBy, Instant closedAt, List<Respondent> respondents,
            Map<DimensionCode, Priority> agreed) {
        this(id, organisation, questionnaireVersion, status, startedBy, startedAt, closedBy, closedAt, respondents,
                agreed, List.of());
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    Optional<Respondent> respondentFor(AccountId account) {
        return respondents.stream().filter(r -> account.equals(r.account())).findFirst();
    }

    /** The answer a respondent may give to an item; refuses closed rounds, strangers, foreign items, unknown codes. */
    Answer checkAnswer(Questionnaire questionnaire, UUID respondent, String itemCode, String answerCode) {
        requireOpen();
        requireRespondent(respondent);
        requireVersion(questionnaire);
        if (questionnaire.item(itemCode).isEmpty()) {
            throw new RoundRuleViolated(Rule.UNKNOWN_ITEM, String.valueOf(itemCode));
        }
        return Answer.fromCode(answerCode)
                .orElseThrow(() -> new RoundRuleViolated(Rule.INVALID_ANSWER, String.valueOf(answerCode)));
    }

    /** The priority a respondent may propose for a dimension. */
    Priority checkProposal(UUID respondent, String priorityCode) {
        requireOpen();
        requireRespondent(respondent);
        return priority(priorityCode)
                .orElseThrow(() -> new RoundRuleViolated(Rule.INVALID_PRIORITY, String.valueOf(priorityCode)));
    }

    /**
     * The round closed now by {@code by} with the agreed priorities, registering {@link AssessmentCompleted} with the
     * needs it found. Refuses a round that is not open, has no complete response or misses a dimension's priority.
     */
    Round close(Questionnaire questionnaire, Map<DimensionCode, String> agreedCodes, AccountId by, Clock clock) {
        Map<DimensionCode, Priority> priorities = checkClosing(questionnaire, agreedCodes);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AssessmentResult result = Scoring.score(questionnaire, responses(), priorities);
        var completed = new AssessmentCompleted(organisation, id, questionnaireVersion, at, result.dimensions().stream()
                .map(d -> new AssessmentCompleted.Need(d.dimension(), d.needScore(), d.mean(), d.priority()))
                .toList());
        return new Round(id, organisation, questionnaireVersion, Status.CLOSED, startedBy, startedAt,
                Objects.requireNonNull(by), at, respondents, priorities, List.of(completed));
    }

    /** The scores of every dimension from the responses so far and the agreed priorities. */
    AssessmentResult result(Questionnaire questionnaire) {
        requireVersion(questionnaire);
        return Scoring.score(questionnaire, responses(), agreed);
    }

    private Map<DimensionCode, Priority> checkClosing(Questionnaire questionnaire, Map<DimensionCode, String> agreedCodes) {
        requireOpen();
        requireVersion(questionnaire);
        if (completeResponses(questionnaire) == 0) {
            throw new RoundRuleViolated(Rule.NO_COMPLETE_RESPONSE, id.toString());
        }
        Map<DimensionCode, Priority> priorities = new EnumMap<>(DimensionCode.class);
        for (DimensionCode dimension : DimensionCode.values()) {
            String code = agreedCodes.get(dimension);
            if (code == null || code.isBlank()) {
                throw new RoundRuleViolated(Rule.PRIORITY_MISSING, dimension.name());
            }
            priorities.put(dimension, priority(code)
                    .orElseThrow(() -> new RoundRuleViolated(Rule.INVALID_PRIORITY, code)));
        }
        return priorities;
    }

    Progress progress(Questionnaire questionnaire, Respondent respondent) {
        return Progress.of(questionnaire, respondent.answers());
    }

    int completeResponses(Questionnaire questionnaire) {
        return (int) respondents.stream().filter(r -> progress(questionnaire, r).isComplete()).count();
    }

    /** One response per respondent who answered anything; incomplete ones count where they answered. */
    public List<Response> responses() {
        List<Response> responses = new ArrayList<>();
        for (Respondent respondent : respondents) {
            if (!respondent.answers().isEmpty()) {
                responses.add(new Response(respondent.id().toString(), respondent.answers()));
            }
        }
        return responses;
    }

    /** The priorities respondents proposed for a dimension. */
    List<Priority> proposals(DimensionCode dimension) {
        return respondents.stream().map(r -> r.proposed().get(dimension)).filter(Objects::nonNull).toList();
    }

    /** What to preselect when closing: the priority proposed most often, the higher one on a tie, else medium. */
    Priority suggestedPriority(DimensionCode dimension) {
        Map<Priority, Integer> counts = new EnumMap<>(Priority.class);
        proposals(dimension).forEach(p -> counts.merge(p, 1, Integer::sum));
        Priority best = Scoring.DEFAULT_PRIORITY;
        int most = 0;
        for (Priority priority : Priority.values()) {
            int count = counts.getOrDefault(priority, 0);
            if (count > 0 && count >= most) {
                best = priority;
                most = count;
            }
        }
        return best;
    }

    static Optional<Priority> priority(String code) {
        for (Priority priority : Priority.values()) {
            if (priority.name().equals(code)) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new RoundRuleViolated(Rule.ROUND_CLOSED, id.toString());
        }
    }

    private void requireRespondent(UUID respondent) {
        if (respondents.stream().noneMatch(r -> r.id().equals(respondent))) {
            throw new RoundRuleViolated(Rule.NOT_A_RESPONDENT, String.valueOf(respondent));
        }
    }

    private void requireVersion(Questionnaire questionnaire) {
        if (questionnaire.version() != questionnaireVersion) {
            throw new IllegalArgumentException("Round " + id + " uses questionnaire version " + questionnaireVersion
                    + ", not " + questionnaire.version());
        }
    }
}

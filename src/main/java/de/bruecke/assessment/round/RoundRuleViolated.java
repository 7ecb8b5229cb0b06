package de.bruecke.assessment.round;

/** A change an assessment round refuses, with the rule it would break. */
class RoundRuleViolated extends RuntimeException {

    enum Rule {
        ROUND_CLOSED,
        NOT_A_RESPONDENT,
        UNKNOWN_ITEM,
        INVALID_ANSWER,
        INVALID_PRIORITY,
        NO_COMPLETE_RESPONSE,
        PRIORITY_MISSING
    }

    private final Rule rule;

    RoundRuleViolated(Rule rule, String detail) {
        super(rule + ": " + detail, null, false, false);
        this.rule = rule;
    }

    Rule rule() {
        return rule;
    }
}

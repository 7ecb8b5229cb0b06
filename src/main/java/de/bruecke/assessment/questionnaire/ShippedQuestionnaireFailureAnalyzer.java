package de.bruecke.assessment.questionnaire;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class ShippedQuestionnaireFailureAnalyzer extends AbstractFailureAnalyzer<ShippedQuestionnaireInvalid> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ShippedQuestionnaireInvalid cause) {
        String problems = cause.problems().stream().map(problem -> "  - " + problem)
                .collect(Collectors.joining(System.lineSeparator()));
        return new FailureAnalysis(
                "The questionnaire shipped in src/main/resources/" + cause.resource() + " is invalid:"
                        + System.lineSeparator() + problems,
                "Fix the file (format: docs/questionnaire-format.md) and start again.", cause);
    }
}

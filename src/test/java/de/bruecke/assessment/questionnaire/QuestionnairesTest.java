package de.bruecke.assessment.questionnaire;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QuestionnairesTest {

    @Test
    void loadsTheShippedQuestionnaireAtStart() {
        var questionnaires = new Questionnaires();

        assertThat(questionnaires.current().version()).isEqualTo(1);
        assertThat(questionnaires.version(1)).contains(questionnaires.current());
        assertThat(questionnaires.version(2)).isEmpty();
    }

    @Test
    void anInvalidShippedFileStopsTheStartWithEveryProblem() {
        var failure = catchThrowableOfType(ShippedQuestionnaireInvalid.class,
                () -> Questionnaires.load("assessment/broken-questionnaire.yaml"));

        assertThat(failure.problems()).extracting(QuestionnaireProblem::toString).contains(
                "MISSING_TRANSLATION (questionnaire.instruction, de)", "MISSING_DIMENSION (GOVERNANCE)",
                "QUESTION_COUNT (0)");
        var analysis = new ShippedQuestionnaireFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("assessment/broken-questionnaire.yaml")
                .contains("  - MISSING_DIMENSION (COUNSELLING)");
    }

    @Test
    void theFailureAnalyzerIsRegistered() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { })))
                .hasAtLeastOneElementOfType(ShippedQuestionnaireFailureAnalyzer.class);
    }

    @Test
    void aMissingResourceIsAnError() {
        assertThatThrownBy(() -> Questionnaires.load("assessment/nowhere.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nowhere.yaml");
    }
}

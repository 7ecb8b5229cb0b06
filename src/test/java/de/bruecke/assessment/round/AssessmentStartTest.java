package de.bruecke.assessment.round;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AssessmentStartTest {

    @Autowired
    Questionnaires questionnaires;

    @Test
    void theApplicationStartsWithTheShippedQuestionnaire() {
        assertThat(questionnaires.version(1)).get().extracting(Questionnaire::version).isEqualTo(1);
        assertThat(questionnaires.version(1).orElseThrow().items()).hasSize(32);
    }
}

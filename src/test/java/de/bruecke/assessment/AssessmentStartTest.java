package de.bruecke.assessment;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import de.bruecke.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AssessmentStartTest {

    @Autowired
    Questionnaires questionnaires;

    @Test
    void theApplicationStartsWithTheShippedQuestionnaire() {
        assertThat(questionnaires.current().version()).isEqualTo(1);
        assertThat(questionnaires.current().items()).hasSize(32);
    }
}

package de.bruecke.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The questionnaire versions Brücke knows. For now the one shipped in assessment/questionnaire-1.yaml, read at start;
 * an invalid shipped file stops the start with every problem listed.
 */
@Component
public class Questionnaires {

    static final String SHIPPED = "assessment/questionnaire-1.yaml";

    private final Questionnaire current;

    Questionnaires() {
        this.current = load(SHIPPED);
    }

    /** The version new assessments use. */
    public Questionnaire current() {
        return current;
    }

    /** A known version; running assessments keep the version they started with. */
    public Optional<Questionnaire> version(int version) {
        return current.version() == version ? Optional.of(current) : Optional.empty();
    }

    static Questionnaire load(String resource) {
        try (InputStream input = Questionnaires.class.getClassLoader().getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("Questionnaire resource not found: " + resource);
            }
            return QuestionnaireParser.parse(input);
        }
        catch (InvalidQuestionnaire e) {
            throw new ShippedQuestionnaireInvalid(resource, e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

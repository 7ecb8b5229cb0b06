package de.bruecke.assessment.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

import de.bruecke.assessment.questionnaire.QuestionnaireProblem.Code;

/**
 * Reads a questionnaire from YAML or JSON (UTF-8, at most {@link #MAX_BYTES}). Either returns a complete, valid
 * {@link Questionnaire} or throws {@link InvalidQuestionnaire} listing every problem found. The file format is
 * described in {@code docs/questionnaire-format.md}.
 */
public final class QuestionnaireParser {

    public static final int MAX_BYTES = 1024 * 1024;

    private QuestionnaireParser() {
    }

    /** Reads at most {@link #MAX_BYTES} + 1 bytes; does not close the stream. */
    public static Questionnaire parse(InputStream input) {
        try {
            byte[] bytes = input.readNBytes(MAX_BYTES + 1);
            return parse(bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Questionnaire parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw invalid(new QuestionnaireProblem(Code.TOO_LARGE, MAX_BYTES));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\u0000') >= 0) {
                throw invalid(new QuestionnaireProblem(Code.NOT_UTF8));
            }
            return parseText(text);
        }
        catch (CharacterCodingException e) {
            throw invalid(new QuestionnaireProblem(Code.NOT_UTF8));
        }
    }

    public static Questionnaire parse(String text) {
        if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw invalid(new QuestionnaireProblem(Code.TOO_LARGE, MAX_BYTES));
        }
        return parseText(text);
    }

    private static Questionnaire parseText(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw invalid(new QuestionnaireProblem(Code.EMPTY_FILE));
        }
        Object root = load(text);
        if (root == null) {
            throw invalid(new QuestionnaireProblem(Code.EMPTY_FILE));
        }
        var reading = new QuestionnaireReading();
        var questionnaire = reading.questionnaire(root);
        if (!reading.problems().isEmpty() || questionnaire.isEmpty()) {
            throw new InvalidQuestionnaire(reading.problems().isEmpty()
                    ? List.of(new QuestionnaireProblem(Code.NOT_A_QUESTIONNAIRE)) : reading.problems());
        }
        return questionnaire.get();
    }

    private static Object load(String text) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_BYTES);
        var yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new CoreSchemaResolver());
        try {
            return yaml.load(text);
        }
        catch (DuplicateKeyException e) {
            Mark mark = e.getProblemMark();
            throw invalid(new QuestionnaireProblem(Code.DUPLICATE_KEY, mark.getLine() + 1, mark.getColumn() + 1));
        }
        catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            if (mark == null) {
                throw invalid(new QuestionnaireProblem(Code.NOT_YAML));
            }
            throw invalid(new QuestionnaireProblem(Code.NOT_YAML, mark.getLine() + 1, mark.getColumn() + 1,
                    String.valueOf(e.getProblem())));
        }
        catch (YAMLException e) {
            throw invalid(new QuestionnaireProblem(Code.NOT_YAML));
        }
    }

    private static InvalidQuestionnaire invalid(QuestionnaireProblem problem) {
        return new InvalidQuestionnaire(List.of(problem));
    }
}

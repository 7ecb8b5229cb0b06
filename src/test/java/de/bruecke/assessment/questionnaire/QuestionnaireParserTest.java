package de.bruecke.assessment.questionnaire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.questionnaire.QuestionnaireProblem.Code;
import de.bruecke.platform.SupportedLanguage;

import static de.bruecke.platform.SupportedLanguage.ENGLISH;
import static de.bruecke.platform.SupportedLanguage.GERMAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class QuestionnaireParserTest {

    private static final String SHIPPED_TEXT = shippedText();

    @Test
    void theShippedQuestionnaireParses() {
        Questionnaire questionnaire = QuestionnaireParser.parse(SHIPPED_TEXT);

        assertThat(questionnaire.version()).isEqualTo(1);
        assertThat(questionnaire.dimensions()).extracting(Dimension::code).containsExactly(DimensionCode.values());
        for (Dimension dimension : questionnaire.dimensions()) {
            assertBilingual(dimension.title());
            assertBilingual(dimension.description());
            assertThat(dimension.items()).hasSizeBetween(3, 5);
            for (Item item : dimension.items()) {
                assertThat(item.code()).startsWith(dimension.code() + ".");
                assertBilingual(item.question());
                assertBilingual(item.help());
                assertThat(item.levels()).extracting(Level::value).containsExactly(1, 2, 3, 4);
                item.levels().forEach(level -> assertBilingual(level.description()));
            }
        }
        assertThat(questionnaire.instruction().in(ENGLISH).text())
                .isEqualTo("If you are between two levels, choose the lower one.");
        assertThat(questionnaire.isCompleteIn(ENGLISH)).isTrue();
        assertThat(questionnaire.incompleteTranslations()).isEmpty();
    }

    @Test
    void theShippedEntrySurveyAsksAboutIntentions() {
        EntrySurvey survey = QuestionnaireParser.parse(SHIPPED_TEXT).entrySurvey();

        assertThat(survey.questions()).extracting(SurveyQuestion::code, SurveyQuestion::type).containsExactly(
                tuple("GOALS", QuestionType.MULTIPLE_CHOICE),
                tuple("PAID_STAFF", QuestionType.SINGLE_CHOICE),
                tuple("ROLES", QuestionType.MULTIPLE_CHOICE),
                tuple("FIRST_DIMENSION", QuestionType.SINGLE_CHOICE),
                tuple("REMARK", QuestionType.FREE_TEXT));
        assertThat(survey.question("PAID_STAFF").orElseThrow().options()).extracting(SurveyOption::code)
                .containsExactly("YES", "NO", "NOT_SURE");
        assertThat(survey.question("ROLES").orElseThrow().options()).extracting(SurveyOption::code)
                .containsExactly("INFORMATION_BROKER", "INTEREST_REPRESENTATIVE", "COOPERATION_PARTNER",
                        "PROJECT_SPONSOR", "TARGET_GROUP_EXPERT_PANEL", "TOPIC_EXPERT_PANEL");
        var firstDimension = survey.question("FIRST_DIMENSION").orElseThrow();
        assertThat(firstDimension.options()).extracting(SurveyOption::code)
                .containsExactly(Arrays.stream(DimensionCode.values()).map(Enum::name).toArray(String[]::new));
        assertThat(firstDimension.option("FINANCE").orElseThrow().label().in(GERMAN).text())
                .isEqualTo("Finanzen und Fördermittel");
        assertThat(survey.question("REMARK").orElseThrow().options()).isEmpty();
        survey.questions().forEach(question -> {
            assertBilingual(question.question());
            question.options().forEach(option -> assertBilingual(option.label()));
        });
    }

    @Test
    void otherLanguagesFallBackToGermanVisibly() {
        Item item = QuestionnaireParser.parse(SHIPPED_TEXT).item("GOVERNANCE.BOARD").orElseThrow();

        ShownText turkish = item.question().in(Locale.forLanguageTag("tr"));
        assertThat(turkish.fallback()).isTrue();
        assertThat(turkish.lang()).isEqualTo("de");
        assertThat(turkish.text()).isEqualTo("Wie ist die Arbeit im Vorstand verteilt?");
        assertThat(item.question().in(Locale.forLanguageTag("fr")).fallback()).isTrue();
        ShownText english = item.question().in(Locale.ENGLISH);
        assertThat(english.fallback()).isFalse();
        assertThat(english.lang()).isEqualTo("en");
        assertThat(item.question().in(GERMAN).fallback()).isFalse();
    }

    @Test
    void readsFromAStream() {
        Questionnaire fromStream = QuestionnaireParser
                .parse(new ByteArrayInputStream(SHIPPED_TEXT.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromStream).isEqualTo(QuestionnaireParser.parse(SHIPPED_TEXT));
    }

    @Test
    void acceptsJson() {
        String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(shippedTree());

        assertThat(QuestionnaireParser.parse(json)).isEqualTo(QuestionnaireParser.parse(SHIPPED_TEXT));
        String tabIndented = json.replaceAll("(?m)^( +)", "\t");
        assertThat(QuestionnaireParser.parse(tabIndented)).isEqualTo(QuestionnaireParser.parse(SHIPPED_TEXT));
    }

    @Test
    void missingLevelText() {
        assertProblems(edit(tree -> level(tree, 0, 0, 2).remove("de")),
                problem(Code.MISSING_LEVEL_TEXT, "GOVERNANCE.STATUTES", "2", "de"));
        assertProblems(edit(tree -> levels(tree, 3, 1).remove(4)),
                problem(Code.MISSING_LEVEL_TEXT, "PROJECTS.PLANNING", "4", "de"));
    }

    @Test
    void duplicateCode() {
        assertProblems(edit(tree -> item(tree, 0, 0).put("code", "GOVERNANCE.BOARD")),
                problem(Code.DUPLICATE_CODE, "GOVERNANCE.BOARD"));
        assertProblems(edit(tree -> dimension(tree, 1).put("code", "GOVERNANCE")),
                problem(Code.DUPLICATE_CODE, "GOVERNANCE"), problem(Code.MISSING_DIMENSION, "STAFF"));
    }

    @Test
    void missingDimension() {
        assertProblems(edit(tree -> dimensions(tree).remove(2)), problem(Code.MISSING_DIMENSION, "FINANCE"));
    }

    @Test
    void unknownDimension() {
        assertProblems(edit(tree -> {
            dimension(tree, 2).put("code", "FUNDRAISING");
            dimension(tree, 2).put("items", List.of());
        }), problem(Code.UNKNOWN_DIMENSION, "FUNDRAISING"), problem(Code.ITEM_COUNT, "dimensions[3]", "0"),
                problem(Code.MISSING_DIMENSION, "FINANCE"));
    }

    @Test
    void levelFive() {
        assertProblems(edit(tree -> levels(tree, 0, 1).put(5, Map.of("de", "Noch besser.", "en", "Even better."))),
                problem(Code.LEVEL_OUT_OF_RANGE, "GOVERNANCE.BOARD", "5"));
    }

    @Test
    void itemCount() {
        assertProblems(edit(tree -> {
            items(tree, 2).remove(3);
            items(tree, 2).remove(2);
        }), problem(Code.ITEM_COUNT, "FINANCE", "2"));
        assertProblems(edit(tree -> {
            List<Object> items = items(tree, 4);
            for (int i = 0; i < 2; i++) {
                @SuppressWarnings("unchecked")
                var copy = new java.util.LinkedHashMap<>((Map<String, Object>) items.get(0));
                copy.put("code", "COMMUNICATION.EXTRA_" + i);
                items.add(copy);
            }
        }), problem(Code.ITEM_COUNT, "COMMUNICATION", "6"));
    }

    @Test
    void germanMissingBlocksButEnglishMissingIsOnlyMarked() {
        assertProblems(edit(tree -> text(item(tree, 0, 0), "question").remove("de")),
                problem(Code.MISSING_TRANSLATION, "GOVERNANCE.STATUTES.question", "de"));

        Questionnaire withoutEnglish = QuestionnaireParser.parse(edit(tree -> {
            text(item(tree, 0, 0), "help").remove("en");
            level(tree, 5, 2, 3).remove("en");
        }));
        assertThat(withoutEnglish.incompleteTranslations()).containsExactly(
                problem(Code.INCOMPLETE_TRANSLATION, "GOVERNANCE.STATUTES", "en"),
                problem(Code.INCOMPLETE_TRANSLATION, "LABOUR_MARKET.TRAINING", "en"));
        assertThat(withoutEnglish.incompleteTranslations()).noneMatch(QuestionnaireProblem::blocking);
        assertThat(withoutEnglish.isCompleteIn(ENGLISH)).isFalse();
        ShownText help = withoutEnglish.item("GOVERNANCE.STATUTES").orElseThrow().help().in(ENGLISH);
        assertThat(help.fallback()).isTrue();
        assertThat(help.language()).isEqualTo(GERMAN);
    }

    @Test
    void aLanguageUsedSomewhereIsExpectedEverywhere() {
        Questionnaire partlyTurkish = QuestionnaireParser.parse(edit(tree -> text(tree, "title").put("tr",
                "Öz değerlendirme")));

        assertThat(partlyTurkish.incompleteTranslations()).hasSize(1 + 8 + 32 + 5 + 8 + 3 + 6 + 8)
                .allMatch(note -> note.arguments().get(1).equals("tr"));
        assertThat(partlyTurkish.title().in(SupportedLanguage.TURKISH).fallback()).isFalse();
    }

    @Test
    void notYamlReportsTheLine() {
        var problem = onlyProblem(() -> QuestionnaireParser.parse("version: 1\ntitle:\n  de: [unclosed\n"));

        assertThat(problem.code()).isEqualTo(Code.NOT_YAML);
        assertThat(problem.arguments().get(0)).isEqualTo("4");
        assertThat(onlyProblem(() -> QuestionnaireParser.parse("version: 1\ntitle: a: b\n")).arguments())
                .containsExactly("2", "9", "mapping values are not allowed here");
        assertThat(onlyProblem(() -> QuestionnaireParser.parse("just some words")).code())
                .isEqualTo(Code.NOT_A_QUESTIONNAIRE);
        assertThat(onlyProblem(() -> QuestionnaireParser.parse("- a\n- b\n")).code())
                .isEqualTo(Code.NOT_A_QUESTIONNAIRE);
    }

    @Test
    void emptyFile() {
        assertThat(onlyProblem(() -> QuestionnaireParser.parse("")).code()).isEqualTo(Code.EMPTY_FILE);
        assertThat(onlyProblem(() -> QuestionnaireParser.parse("  \n# only a comment\n")).code())
                .isEqualTo(Code.EMPTY_FILE);
        assertThat(onlyProblem(() -> QuestionnaireParser.parse(new byte[0])).code()).isEqualTo(Code.EMPTY_FILE);
    }

    @Test
    void hugeFile() {
        byte[] huge = new byte[QuestionnaireParser.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        assertThat(onlyProblem(() -> QuestionnaireParser.parse(new ByteArrayInputStream(huge))))
                .isEqualTo(problem(Code.TOO_LARGE, String.valueOf(QuestionnaireParser.MAX_BYTES)));
        assertThat(onlyProblem(() -> QuestionnaireParser.parse("ä".repeat(QuestionnaireParser.MAX_BYTES / 2 + 1)))
                .code()).isEqualTo(Code.TOO_LARGE);
    }

    @Test
    void notUtf8() {
        byte[] latin1 = "title:\n  de: Übung\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(onlyProblem(() -> QuestionnaireParser.parse(latin1)).code()).isEqualTo(Code.NOT_UTF8);
    }

    @Test
    void duplicateKey() {
        assertThat(onlyProblem(() -> QuestionnaireParser.parse("version: 1\nversion: 2\n")))
                .isEqualTo(problem(Code.DUPLICATE_KEY, "2", "1"));
    }

    @Test
    void neverBuildsArbitraryTypes() {
        var problem = onlyProblem(() -> QuestionnaireParser
                .parse("version: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                        + " [\"http://localhost/\"]]]]\n"));

        assertThat(problem.code()).isEqualTo(Code.NOT_YAML);
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append("]\n");
        }

        assertThat(onlyProblem(() -> QuestionnaireParser.parse(bomb.toString())).code()).isEqualTo(Code.NOT_YAML);
    }

    @Test
    void typosAndWrongTypesAreNamed() {
        assertProblems(edit(tree -> {
            Map<String, Object> item = item(tree, 6, 0);
            item.put("hepl", item.remove("help"));
            tree.put("version", "one");
            item(tree, 7, 0).put("question", "Nur Deutsch");
            text(tree, "instruction").put("fr", "Choisissez le niveau inférieur.");
        }), problem(Code.INVALID_VERSION, "one"),
                problem(Code.UNKNOWN_LANGUAGE, "questionnaire.instruction", "fr"),
                problem(Code.UNKNOWN_FIELD, "NETWORKING.items[1]", "hepl"),
                problem(Code.MISSING_FIELD, "NETWORKING.INSTITUTIONS", "help"),
                problem(Code.WRONG_TYPE, "COUNSELLING.QUALITY.question", "texts-by-language"));
    }

    @Test
    void entrySurveyProblems() {
        assertProblems(edit(tree -> {
            List<Map<String, Object>> questions = questions(tree);
            questions.get(0).put("type", "RANKING");
            questions.get(1).put("options", List.of(questions.get(1).get("options") instanceof List<?> options
                    ? options.get(0) : null));
            questions.get(4).put("options", "DIMENSIONS");
            questions.get(2).put("code", "GOALS");
        }), problem(Code.UNKNOWN_QUESTION_TYPE, "entrySurvey.GOALS", "RANKING"),
                problem(Code.OPTION_COUNT, "entrySurvey.PAID_STAFF", "1"),
                problem(Code.DUPLICATE_CODE, "entrySurvey.GOALS"),
                problem(Code.OPTIONS_NOT_ALLOWED, "entrySurvey.REMARK"));
    }

    @Test
    void collectsEveryProblemNotJustTheFirst() {
        var invalid = catchThrowableOfType(InvalidQuestionnaire.class, () -> QuestionnaireParser.parse(edit(tree -> {
            level(tree, 0, 0, 2).remove("de");
            item(tree, 1, 0).put("code", "STAFF.PAID_POSITIONS");
            dimensions(tree).remove(7);
            levels(tree, 3, 3).put(5, Map.of("de", "Fünf"));
        })));

        assertThat(invalid.problems()).extracting(QuestionnaireProblem::code).containsExactly(
                Code.MISSING_LEVEL_TEXT, Code.DUPLICATE_CODE, Code.LEVEL_OUT_OF_RANGE, Code.MISSING_DIMENSION);
        assertThat(invalid.problems()).allMatch(QuestionnaireProblem::blocking);
        assertThat(invalid.has(Code.DUPLICATE_CODE)).isTrue();
        assertThat(invalid.problems().get(1)).hasToString("DUPLICATE_CODE (STAFF.PAID_POSITIONS)");
    }

    @Test
    void aVeryBrokenFileListsAtMostAHundredProblems() {
        String noGerman = SHIPPED_TEXT.replaceAll("(?m)^( *)de: ", "$1fr: ");

        var invalid = catchThrowableOfType(InvalidQuestionnaire.class, () -> QuestionnaireParser.parse(noGerman));

        assertThat(invalid.problems()).hasSize(QuestionnaireReading.MAX_PROBLEMS + 1);
        assertThat(invalid.problems().get(QuestionnaireReading.MAX_PROBLEMS))
                .isEqualTo(problem(Code.TOO_MANY_PROBLEMS, "100"));
    }

    @Test
    void optionCodesLikeNoStayText() {
        String unquoted = SHIPPED_TEXT.replace("- code: \"YES\"", "- code: YES").replace("- code: \"NO\"",
                "- code: NO");

        assertThat(QuestionnaireParser.parse(unquoted).entrySurvey().question("PAID_STAFF").orElseThrow().options())
                .extracting(SurveyOption::code).containsExactly("YES", "NO", "NOT_SURE");
    }

    private static void assertBilingual(LocalizedText text) {
        assertThat(text.languages()).contains(GERMAN, ENGLISH);
        assertThat(text.german()).isNotBlank().doesNotContain("\n");
    }

    private static void assertProblems(String text, QuestionnaireProblem... expected) {
        var invalid = catchThrowableOfType(InvalidQuestionnaire.class, () -> QuestionnaireParser.parse(text));
        assertThat(invalid).as("expected the questionnaire to be invalid").isNotNull();
        assertThat(invalid.problems()).containsExactly(expected);
    }

    private static QuestionnaireProblem onlyProblem(ThrowingCallable parsing) {
        assertThatThrownBy(parsing).isInstanceOf(InvalidQuestionnaire.class);
        var invalid = catchThrowableOfType(InvalidQuestionnaire.class, parsing);
        assertThat(invalid.problems()).hasSize(1);
        return invalid.problems().get(0);
    }

    private static QuestionnaireProblem problem(Code code, String... arguments) {
        return new QuestionnaireProblem(code, List.of(arguments));
    }

    private static String edit(Consumer<Map<String, Object>> change) {
        Map<String, Object> tree = shippedTree();
        change.accept(tree);
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(tree);
    }

    private static Map<String, Object> shippedTree() {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(SHIPPED_TEXT);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> dimensions(Map<String, Object> tree) {
        return (List<Object>) tree.get("dimensions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dimension(Map<String, Object> tree, int index) {
        return (Map<String, Object>) dimensions(tree).get(index);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> items(Map<String, Object> tree, int dimension) {
        return (List<Object>) dimension(tree, dimension).get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> tree, int dimension, int item) {
        return (Map<String, Object>) items(tree, dimension).get(item);
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> levels(Map<String, Object> tree, int dimension, int item) {
        return (Map<Object, Object>) item(tree, dimension, item).get("levels");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> level(Map<String, Object> tree, int dimension, int item, int level) {
        return (Map<String, Object>) levels(tree, dimension, item).get(level);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> text(Map<String, Object> owner, String field) {
        return (Map<String, Object>) owner.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> questions(Map<String, Object> tree) {
        return (List<Map<String, Object>>) ((Map<String, Object>) tree.get("entrySurvey")).get("questions");
    }

    private static String shippedText() {
        try (InputStream input = QuestionnaireParserTest.class.getClassLoader()
                .getResourceAsStream(Questionnaires.SHIPPED)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

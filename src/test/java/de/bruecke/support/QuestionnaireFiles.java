package de.bruecke.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Questionnaire files for tests: the shipped one, renumbered or edited the way a coordinator would. */
public final class QuestionnaireFiles {

    private QuestionnaireFiles() {
    }

    public static String shipped() {
        try (InputStream input = QuestionnaireFiles.class.getClassLoader()
                .getResourceAsStream("assessment/questionnaire-1.yaml")) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped questionnaire as version {@code version}, changed by {@code change} (on the parsed tree). */
    public static String edited(int version, Consumer<Map<String, Object>> change) {
        Map<String, Object> tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(shipped());
        tree.put("version", version);
        change.accept(tree);
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(tree);
    }

    public static String version(int version) {
        return edited(version, tree -> { });
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> dimension(Map<String, Object> tree, int index) {
        return (Map<String, Object>) ((List<Object>) tree.get("dimensions")).get(index);
    }

    @SuppressWarnings("unchecked")
    public static List<Object> items(Map<String, Object> tree, int dimension) {
        return (List<Object>) dimension(tree, dimension).get("items");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> item(Map<String, Object> tree, int dimension, int item) {
        return (Map<String, Object>) items(tree, dimension).get(item);
    }

    @SuppressWarnings("unchecked")
    public static Map<Object, Object> levels(Map<String, Object> tree, int dimension, int item) {
        return (Map<Object, Object>) item(tree, dimension, item).get("levels");
    }

    @SuppressWarnings("unchecked")
    public static List<Object> dimensions(Map<String, Object> tree) {
        return (List<Object>) tree.get("dimensions");
    }
}

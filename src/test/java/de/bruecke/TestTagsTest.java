package de.bruecke;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.annotation.RepeatableContainers;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI's second pass (Debian's PostgreSQL 15) picks tests by tag: {@code -Dgroups=database -DexcludedGroups=browser}.
 * A test class that starts the application (a Spring test context: {@code @IntegrationTest}, {@code @SpringBootTest},
 * {@code @ApplicationModuleTest}, …) must be tagged {@code database}, one that drives Chromium {@code browser};
 * otherwise it would silently drop out of, or into, that pass. Reads the compiled test classes; starts nothing.
 */
class TestTagsTest {

    /** How a class file names a class it uses, in its constant pool (built at run time so this file has no match). */
    private static final byte[] BROWSERS = "de.bruecke.support.Browsers".replace('.', '/').getBytes(StandardCharsets.UTF_8);

    @Test
    void everyTestThatStartsTheApplicationIsTaggedDatabase() throws Exception {
        List<String> untagged = topLevelTestClasses()
                .filter(TestTagsTest::startsSpringContext)
                .filter(type -> !tags(type).contains("database"))
                .map(Class::getName)
                .toList();
        assertThat(untagged).as("test classes with a Spring context but without @Tag(\"database\")").isEmpty();
    }

    @Test
    void everyTestThatUsesTheBrowserIsTaggedBrowser() throws Exception {
        Path root = testClasses();
        Set<String> users;
        try (Stream<Path> files = Files.walk(root)) {
            users = files.filter(file -> file.toString().endsWith(".class"))
                    .filter(file -> !className(root, file).startsWith("de.bruecke.support.Browsers"))
                    .filter(TestTagsTest::usesBrowsers)
                    .map(file -> className(root, file).replaceFirst("\\$.*", ""))
                    .collect(Collectors.toSet());
        }
        assertThat(users).as("classes using Browsers").isNotEmpty();
        List<String> untagged = users.stream().filter(name -> !tags(load(name)).contains("browser")).sorted().toList();
        assertThat(untagged).as("test classes using Browsers but without @Tag(\"browser\")").isEmpty();
    }

    private static Stream<Class<?>> topLevelTestClasses() throws IOException, URISyntaxException {
        Path root = testClasses();
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> className(root, file))
                    .filter(name -> !name.contains("$"))
                    .toList();
        }
        return names.stream().<Class<?>>map(TestTagsTest::load).filter(type -> !type.isAnnotation());
    }

    private static boolean startsSpringContext(Class<?> type) {
        return MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).stream(ExtendWith.class)
                .anyMatch(extendWith -> Arrays.asList(extendWith.getClassArray("value")).contains(SpringExtension.class));
    }

    /** The tags JUnit sees: declared, inherited or carried by a meta-annotation such as {@code @IntegrationTest}. */
    private static Set<String> tags(Class<?> type) {
        return MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY, RepeatableContainers.standardRepeatables())
                .stream(Tag.class).map(MergedAnnotation::synthesize).map(Tag::value)
                .collect(Collectors.toSet());
    }

    private static boolean usesBrowsers(Path classFile) {
        try {
            byte[] bytes = Files.readAllBytes(classFile);
            for (int i = 0; i + BROWSERS.length <= bytes.length; i++) {
                if (Arrays.equals(bytes, i, i + BROWSERS.length, BROWSERS, 0, BROWSERS.length)) {
                    return true;
                }
            }
            return false;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(TestTagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String className(Path root, Path classFile) {
        String relative = root.relativize(classFile).toString();
        return relative.substring(0, relative.length() - ".class".length()).replace(classFile.getFileSystem()
                .getSeparator(), ".");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TestTagsTest.class.getClassLoader());
        }
        catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

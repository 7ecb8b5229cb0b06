package de.bruecke.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI text exists in every language, and every key a template or the code uses exists. */
class MessageBundleTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:nav|home|validation|account|admin|login|networks|error|role|kind|mail)\\.[A-Za-z0-9_.-]+)\"");

    static Properties bundle(String suffix) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("i18n/messages" + suffix + ".properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void everyLanguageHasEveryKey(SupportedLanguage language) throws IOException {
        Properties german = bundle("");
        Properties translated = language == SupportedLanguage.GERMAN ? german : bundle("_" + language.code());
        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .as("keys of %s", language)
                .containsExactlyElementsOf(new TreeSet<>(german.stringPropertyNames()));
        translated.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, language).isNotBlank());
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/templates"), TEMPLATE_KEY, used);
        collect(Path.of("src/main/java"), CODE_KEY, used);
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }
}

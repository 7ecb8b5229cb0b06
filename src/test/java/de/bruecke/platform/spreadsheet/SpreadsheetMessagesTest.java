package de.bruecke.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import de.bruecke.platform.SupportedLanguage;
import de.bruecke.platform.spreadsheet.UnreadableSpreadsheet.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetMessagesTest {

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void everyRefusalHasAMessageWithItsArguments(SupportedLanguage language) throws IOException {
        Properties bundle = bundle(language == SupportedLanguage.GERMAN ? "" : "_" + language.code());

        for (UnreadableSpreadsheet refusal : refusals()) {
            String text = bundle.getProperty(refusal.messageKey());
            assertThat(text).as("%s in %s", refusal.messageKey(), language).isNotBlank();
            Object[] arguments = refusal.messageArguments();
            String message = new MessageFormat(text, language.locale()).format(arguments);
            assertThat(message).doesNotContain("{").doesNotContain("}");
            if (arguments.length > 0) {
                assertThat(text).as("apostrophes of %s in %s", refusal.messageKey(), language)
                        .doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    private static UnreadableSpreadsheet[] refusals() {
        return new UnreadableSpreadsheet[] {
                UnreadableSpreadsheet.empty(),
                UnreadableSpreadsheet.binary("x"),
                UnreadableSpreadsheet.tooLarge(SpreadsheetLimits.DEFAULT, 0),
                UnreadableSpreadsheet.noHeader(3),
                UnreadableSpreadsheet.malformed(0, "x", null),
                UnreadableSpreadsheet.malformed(12, "x", null),
                UnreadableSpreadsheet.noSuchSheet("Blatt 2") };
    }

    @org.junit.jupiter.api.Test
    void everyReasonIsCovered() {
        assertThat(java.util.Arrays.stream(refusals()).map(UnreadableSpreadsheet::reason))
                .containsAll(java.util.List.of(Reason.values()));
    }

    private static Properties bundle(String suffix) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("i18n/messages" + suffix + ".properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

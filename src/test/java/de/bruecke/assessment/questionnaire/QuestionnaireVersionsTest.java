package de.bruecke.assessment.questionnaire;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.QuestionnaireFiles;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static de.bruecke.support.QuestionnaireFiles.dimensions;
import static de.bruecke.support.QuestionnaireFiles.item;
import static de.bruecke.support.QuestionnaireFiles.levels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Coordinators upload questionnaire versions: every problem in plain words, drafts, publishing, immutability. */
@IntegrationTest
class QuestionnaireVersionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionnaireVersions versions;

    @Test
    void aMissingLevelTextIsNamedWithItsItemAndLevel() throws Exception {
        String file = QuestionnaireFiles.edited(versions.nextVersion(),
                tree -> levels(tree, 0, 1).remove(3));
        long drafts = draftCount();

        String page = uploadFile(file.getBytes(StandardCharsets.UTF_8), "de");

        assertThat(page).contains("Nicht hochgeladen: Die Datei hat ein Problem.")
                .contains("<code dir=\"ltr\">GOVERNANCE.BOARD</code>")
                .contains("Für Stufe 3 fehlt der Text auf Deutsch (de).")
                .contains("Bitte wählen Sie die korrigierte Datei noch einmal aus.");
        assertThat(draftCount()).isEqualTo(drafts);
    }

    @Test
    void aDuplicateItemCodeIsNamed() throws Exception {
        String file = QuestionnaireFiles.edited(versions.nextVersion(),
                tree -> item(tree, 0, 1).put("code", "GOVERNANCE.STATUTES"));

        String page = uploadText(file, "de");

        assertThat(page).contains("Der Code „GOVERNANCE.STATUTES“ kommt mehrmals vor.");
        assertThat(page).as("pasted text is kept").contains("GOVERNANCE.STATUTES").contains("version: ");
    }

    @Test
    void aMissingDimensionIsNamedInEnglishToo() throws Exception {
        String file = QuestionnaireFiles.edited(versions.nextVersion(), tree -> dimensions(tree).remove(7));

        String page = uploadText(file, "en");

        assertThat(page).contains("The dimension COUNSELLING is missing. A questionnaire contains all eight dimensions.");
    }

    @Test
    void notYamlGivesTheLineAndColumn() throws Exception {
        String page = uploadText("version: 2\ntitle:\n  de: [Kaputt\n", "de");

        assertThat(page).contains("Hier stimmt die Schreibweise von YAML nicht.").contains("Zeile 4, Spalte 1");
    }

    @Test
    void aBinaryFileIsNotMistakenForText() throws Exception {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        byte[] nulBytes = "version: 2\u0000\u0000".getBytes(StandardCharsets.UTF_8);

        assertThat(uploadFile(png, "de")).contains("Das ist keine Textdatei in UTF-8.");
        assertThat(uploadFile(nulBytes, "de")).contains("Das ist keine Textdatei in UTF-8.");
        assertThat(uploadFile(new byte[QuestionnaireParser.MAX_BYTES + 1], "de"))
                .contains("Die Datei ist zu groß. Erlaubt sind höchstens 1 MB.");
    }

    @Test
    void anEmptyUploadAsksForAFile() throws Exception {
        assertThat(uploadText("  ", "de")).contains("Bitte wählen Sie eine Datei aus oder fügen Sie den Text");
    }

    @Test
    void aVersionNumberThatIsNotHigherIsRefusedWithTheNextFreeOne() throws Exception {
        int next = versions.nextVersion();

        String page = uploadText(QuestionnaireFiles.version(1), "de");

        assertThat(page).contains("Version 1 gibt es schon oder sie ist zu niedrig. Bitte tragen Sie in der Datei „version: "
                + next + "“ ein.");
    }

    @Test
    void untranslatedItemsAreAcceptedAndMarkedInThePreview() throws Exception {
        int version = versions.nextVersion();
        String file = QuestionnaireFiles.edited(version, tree -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> question = (Map<String, Object>) item(tree, 2, 0).get("question");
            question.remove("en");
            question.put("tr", "Defterinizi nasıl tutuyorsunuz?");
        });

        MvcResult uploaded = upload(multipart("/admin/questionnaires").param("text", file), "en");
        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/admin/questionnaires/" + version);
        String preview = page("/admin/questionnaires/" + version, "en");

        assertThat(preview).contains("This version is a draft.")
                .contains("missing in one part:")
                .contains("FINANCE.BOOKKEEPING")
                .contains("only in German");
        assertThat(questionnaires.version(version)).as("a draft is not served").isEmpty();
        assertThat(page("/admin/questionnaires", "de")).contains("Teilweise auf Deutsch (markiert): ");

        post("/admin/questionnaires/" + version + "/delete");
        assertThat(versions.find(version)).isEmpty();
    }

    @Test
    void publishingMakesAVersionCurrentAndUnchangeable() throws Exception {
        int version = versions.nextVersion();
        upload(multipart("/admin/questionnaires").file(new MockMultipartFile("file", "q.yaml", "application/yaml",
                QuestionnaireFiles.version(version).getBytes(StandardCharsets.UTF_8))), "de");
        assertThat(page("/admin/questionnaires/" + version + "/publish", "de"))
                .contains("Version " + version + " veröffentlichen?");

        post("/admin/questionnaires/" + version + "/publish");
        MvcResult again = post("/admin/questionnaires/" + version + "/publish");

        assertThat(again.getFlashMap().get("message")).isEqualTo("questionnaire.publish.already");
        assertThat(questionnaires.current().version()).isEqualTo(version);
        assertThat(questionnaires.current().items()).hasSize(32);
        assertThat(questionnaires.version(1)).get().extracting(Questionnaire::version).isEqualTo(1);
        assertThat(questionnaires.version(version)).contains(questionnaires.current());
        assertThatThrownBy(() -> jdbc.sql("update assessment_questionnaire_version set source = 'x' where version = :v")
                .param("v", version).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is published and cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from assessment_questionnaire_version where version = :v")
                .param("v", version).update()).isInstanceOf(DataAccessException.class);
        assertThat(post("/admin/questionnaires/" + version + "/delete").getFlashMap().get("message"))
                .isEqualTo("questionnaire.delete.published");
        assertThat(versions.find(version)).get().extracting(QuestionnaireVersions.Stored::published).isEqualTo(true);
    }

    @Test
    void anOlderDraftCannotBePublishedAfterANewerVersion() throws Exception {
        int older = versions.nextVersion();
        uploadText(QuestionnaireFiles.version(older), "de");
        uploadText(QuestionnaireFiles.version(older + 1), "de");

        post("/admin/questionnaires/" + (older + 1) + "/publish");
        MvcResult refused = post("/admin/questionnaires/" + older + "/publish");

        assertThat(refused.getFlashMap().get("message")).isEqualTo("questionnaire.publish.superseded");
        assertThat(questionnaires.current().version()).isEqualTo(older + 1);
        assertThat(questionnaires.version(older)).isEmpty();
        post("/admin/questionnaires/" + older + "/delete");
    }

    @Test
    void theStartingPointIsTheCurrentVersionRenumbered() throws Exception {
        int next = versions.nextVersion();
        MvcResult download = mvc.perform(get("/admin/questionnaires/next.yaml")
                .with(user(users.loadUserByUsername(DemoUsers.COORDINATOR)))).andReturn();

        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .contains("questionnaire-" + next + ".yaml");
        String text = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(QuestionnaireParser.parse(text).version()).isEqualTo(next);
        assertThat(QuestionnaireParser.parse(text).items()).isEqualTo(questionnaires.current().items());
    }

    @Test
    void everyProblemCodeHasAMessage() throws Exception {
        var problems = new QuestionnaireProblems(new org.springframework.context.support.ResourceBundleMessageSource() {
            {
                setBasename("i18n/messages");
                setDefaultEncoding("UTF-8");
                setFallbackToSystemLocale(false);
            }
        });
        for (var code : QuestionnaireProblem.Code.values()) {
            var shown = problems.show(new QuestionnaireProblem(code, "GOVERNANCE.BOARD", "3", "en"),
                    java.util.Locale.GERMAN);
            assertThat(shown.message()).as(code.name()).isNotBlank().doesNotContain("{");
        }
    }

    private long draftCount() {
        return jdbc.sql("select count(*) from assessment_questionnaire_version where status = 'DRAFT'").query(Long.class)
                .single();
    }

    private String uploadFile(byte[] bytes, String language) throws Exception {
        return upload(multipart("/admin/questionnaires").file(new MockMultipartFile("file", "fragebogen.yaml",
                "application/yaml", bytes)), language).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String uploadText(String text, String language) throws Exception {
        return upload(multipart("/admin/questionnaires").param("text", text), language).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcResult upload(MockMultipartHttpServletRequestBuilder request, String language) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(DemoUsers.COORDINATOR)))
                .header("Accept-Language", language)).andReturn();
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(DemoUsers.COORDINATOR)))
                .header("Accept-Language", language)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcResult post(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf())
                .with(user(users.loadUserByUsername(DemoUsers.COORDINATOR)))).andReturn();
    }
}

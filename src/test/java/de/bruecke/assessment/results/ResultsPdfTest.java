package de.bruecke.assessment.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.bruecke.account.Accounts;
import de.bruecke.account.Role;
import de.bruecke.account.RoleGrant;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.round.AssessmentFixtures;
import de.bruecke.assessment.round.RoundPages;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Network;
import de.bruecke.region.Networks;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Als PDF herunterladen": a tagged, accessible PDF of results and plan, for whoever may read the results page. */
@IntegrationTest
class ResultsPdfTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    ResultsPdf pdf;

    AssessmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = AssessmentFixtures.of(context);
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /** An MO with a closed round and a plan; returns the round's base path. */
    String roundWithPlan(AssessmentFixtures.Mo mo) throws Exception {
        RoundId round = fixtures.closedRound(mo, "1", Priority.HIGH);
        String base = mo.base() + "/" + round;
        mvc.perform(post(base + "/plan").with(csrf()).with(as(mo.admin())).param("version", "0")
                        .param("pick:FINANCE", "true").param("goal:FINANCE", "Einen Förderantrag stellen")
                        .param("step:FINANCE", "Termin beim Netzwerk").param("responsible:FINANCE", "Kassenwart")
                        .param("followUp", java.time.LocalDate.now(RoundPages.ZONE).plusMonths(6).toString()))
                .andExpect(status().is3xxRedirection());
        return base;
    }

    byte[] download(String path, String email) throws Exception {
        byte[] bytes = mvc.perform(get(path).with(as(email)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        String keep = System.getProperty("bruecke.test.pdf-directory");
        if (keep != null) {
            java.nio.file.Files.write(Path.of(keep, (path.contains("lang=ar") ? "ar" : "de") + ".pdf"), bytes);
        }
        return bytes;
    }

    @Test
    void thePdfIsTaggedTitledInTheReadersLanguageAndHasTheTableAndThePlan() throws Exception {
        var mo = fixtures.newMo(0);
        String base = roundWithPlan(mo);
        try (PDDocument document = Loader.loadPDF(download(base + "/results.pdf", mo.admin()))) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("/MarkInfo /Marked true").isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("StructTreeRoot").isNotNull();
            assertThat(catalog.getStructureTreeRoot().getK()).as("structure elements").isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Bedarfsermittlung " + mo.organisation().name() + ", "
                            + RoundPages.date(java.time.Instant.now(), Locale.GERMAN));
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String dimension : List.of("Verein und Satzung", "Ehrenamt und Hauptamt", "Finanzen und Fördermittel",
                    "Projektmanagement", "Öffentlichkeitsarbeit", "Arbeitsmarktwissen", "Vernetzung und Kooperation",
                    "Beratung und Lotsenarbeit")) {
                assertThat(text).contains(dimension);
            }
            assertThat(text).contains("Übereinstimmung").contains("100,00").contains("Maßnahmenplan")
                    .contains("Einen Förderantrag stellen").contains("Termin beim Netzwerk").contains("Kassenwart");
        }
    }

    @Test
    void inArabicThePdfIsRightToLeftWithArabicText() throws Exception {
        var mo = fixtures.newMo(0);
        String base = roundWithPlan(mo);
        try (PDDocument document = Loader.loadPDF(download(base + "/results.pdf?lang=ar", mo.admin()))) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).as("Arabic letters come out as text, not as missing glyphs")
                    .containsPattern("[\\u0600-\\u06FF\\uFE70-\\uFEFF]{4,}");
            assertThat(text).contains("Einen Förderantrag stellen");
        }
    }

    @Test
    void theNetworkOfTheAreaGetsThePdfOnlyWhileShared() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Network network = networks.create("PDF-Netz " + tag, "", List.of(),
                List.of(gazetteer.place("99084").orElseThrow().kreisKey()));
        String staff = "pdf-netz-" + tag + "@netz.example";
        accounts.createConfirmed(staff, "Netz " + tag, DemoUsers.PASSWORD, Locale.GERMAN,
                List.of(new RoleGrant(Role.NETWORK_STAFF, null, network.id().value())));
        var mo = fixtures.newMo(1, "99084");
        String base = roundWithPlan(mo);
        mvc.perform(get(base + "/results.pdf").with(as(staff))).andExpect(status().isForbidden());
        download(base + "/results.pdf", mo.member(0));
        mvc.perform(post(base + "/sharing").with(csrf()).with(as(mo.admin())).param("share", "true"));
        try (PDDocument document = Loader.loadPDF(download(base + "/results.pdf", staff))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Einen Förderantrag stellen");
        }
        mvc.perform(get(base + "/results.pdf").with(as(DemoUsers.NETWORK_STAFF))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/results.pdf").with(as(DemoUsers.FOREIGN_MO_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/results.pdf").with(as(DemoUsers.COORDINATOR))).andExpect(status().isForbidden());
    }

    @Test
    void missingFontsGiveAPageThatSaysSoNotAnError() throws Exception {
        var mo = fixtures.newMo(0);
        String base = roundWithPlan(mo);
        Object fonts = ReflectionTestUtils.getField(pdf, "fontDirectory");
        ReflectionTestUtils.setField(pdf, "fontDirectory", Path.of("/gibt/es/nicht"));
        try {
            mvc.perform(get(base + "/results.pdf").with(as(mo.admin())))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("weil auf dem Server Schriftarten fehlen")));
        }
        finally {
            ReflectionTestUtils.setField(pdf, "fontDirectory", fonts);
        }
    }
}

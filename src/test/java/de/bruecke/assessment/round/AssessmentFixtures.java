package de.bruecke.assessment.round;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.account.Accounts;
import de.bruecke.account.Role;
import de.bruecke.account.RoleGrant;
import de.bruecke.account.SignedInUser;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.questionnaire.Dimension;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.support.DemoUsers;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Test organisations of their own (an admin and members), rounds, answers: so tests never touch each other. */
public record AssessmentFixtures(Organisations organisations, Accounts accounts, UserDetailsService users,
        Assessments assessments, Answers answers, Questionnaires questionnaires, JdbcClient jdbc) {

    /** A fresh MO in Schwerin with one admin and the given number of members (all with the demo password). */
    public record Mo(Organisation organisation, String admin, List<String> members) {

        public String base() {
            return "/organisations/" + organisation.id() + "/assessments";
        }

        public String member(int index) {
            return members.get(index);
        }
    }

    /** The fixtures on the beans of a running application. */
    public static AssessmentFixtures of(ApplicationContext context) {
        return new AssessmentFixtures(context.getBean(Organisations.class), context.getBean(Accounts.class),
                context.getBean(UserDetailsService.class), context.getBean(Assessments.class),
                context.getBean(Answers.class), context.getBean(Questionnaires.class), context.getBean(JdbcClient.class));
    }

    public Mo newMo(int members) {
        return newMo(members, "19053");
    }

    /** A fresh MO at the postcode with one admin and the given number of members. */
    public Mo newMo(int members, String postcode) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = organisations.register("Testverein " + tag + " e.V.", OrganisationKind.MO, postcode);
        String admin = "vorstand-" + tag + "@verein.example";
        accounts.createConfirmed(admin, "Vorstand " + tag, DemoUsers.PASSWORD, Locale.GERMAN,
                List.of(new RoleGrant(Role.MO_ADMIN, organisation.id().value(), null)));
        List<String> emails = new java.util.ArrayList<>();
        for (int i = 0; i < members; i++) {
            String email = "mitglied-" + i + "-" + tag + "@verein.example";
            accounts.createConfirmed(email, "Mitglied " + i + " " + tag, DemoUsers.PASSWORD, Locale.GERMAN,
                    List.of(new RoleGrant(Role.MO_MEMBER, organisation.id().value(), null)));
            emails.add(email);
        }
        return new Mo(organisation, admin, List.copyOf(emails));
    }

    public SignedInUser user(String email) {
        return (SignedInUser) users.loadUserByUsername(email);
    }

    public RoundId start(Mo mo) {
        return assessments.start(mo.organisation().id(), user(mo.admin())).round();
    }

    public void invite(Mo mo, RoundId round, String... members) {
        assessments.invite(round, mo.organisation(), java.util.Arrays.stream(members).map(m -> user(m).accountId()).toList(),
                Optional.empty(), user(mo.admin()), Locale.GERMAN);
    }

    /** Answers every item of the current questionnaire with the answer code and proposes the priority everywhere. */
    public void answerAll(RoundId round, String email, String answer, Priority priority) {
        int version = jdbc.sql("select questionnaire_version from assessment_round where id = :id")
                .param("id", round.value()).query(Integer.class).single();
        Questionnaire questionnaire = questionnaires.version(version).orElseThrow();
        for (Dimension dimension : questionnaire.dimensions()) {
            Map<String, String> chosen = new java.util.HashMap<>();
            dimension.items().forEach(item -> chosen.put(item.code(), answer));
            answers.save(round, user(email).accountId(), dimension.code(),
                    new ScreenInput(chosen, Map.of(), priority.name(), ""), Optional.empty());
        }
    }

    /** A round of the MO where the admin answered everything with the level, closed with the priority everywhere. */
    public RoundId closedRound(Mo mo, String answer, Priority priority) {
        RoundId round = start(mo);
        answerAll(round, mo.admin(), answer, priority);
        assessments.close(round, priorities(priority), user(mo.admin()).accountId());
        return round;
    }

    public Map<DimensionCode, String> priorities(Priority priority) {
        Map<DimensionCode, String> all = new java.util.EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            all.put(code, priority.name());
        }
        return all;
    }

    public Optional<String> storedAnswer(RoundId round, String email, String item) {
        return jdbc.sql("""
                select a.answer from assessment_answer a join assessment_respondent r on r.id = a.respondent_id
                where r.round_id = :round and r.user_id = :user and a.item_code = :item""")
                .param("round", round.value()).param("user", user(email).id()).param("item", item)
                .query(String.class).optional();
    }
}

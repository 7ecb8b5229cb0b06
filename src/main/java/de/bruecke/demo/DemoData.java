package de.bruecke.demo;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bruecke.account.Accounts;
import de.bruecke.account.Role;
import de.bruecke.account.RoleGrant;
import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
import de.bruecke.platform.DemoMode;
import de.bruecke.region.Network;
import de.bruecke.region.Networks;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seeds the demo organisations and one account per role, once. */
@Component
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Bruecke-Demo-2026";
    static final String ADMIN = "admin@bruecke.example";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Environment environment;
    private final Accounts accounts;
    private final Organisations organisations;
    private final Networks networks;
    private final JdbcClient jdbc;

    DemoData(Environment environment, Accounts accounts, Organisations organisations, Networks networks,
            JdbcClient jdbc) {
        this.environment = environment;
        this.accounts = accounts;
        this.organisations = organisations;
        this.networks = networks;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!DemoMode.active(environment)) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(4711)").query().singleValue();
        if (accounts.exists(ADMIN)) {
            return;
        }
        Organisation kontakt = organisations.register("Kontakt e.V.", OrganisationKind.MO, "19053");
        describe(kontakt, "Beratung und Begegnung für Zugewanderte in Schwerin. Wir helfen bei Anerkennung, Bewerbung und Sprache.",
                List.of("de", "ru", "uk"), List.of("RU", "UA", "KZ"),
                List.of(ThematicField.LABOUR_MARKET, ThematicField.RECOGNITION, ThematicField.SOCIAL_COUNSELLING),
                List.of(PartnerRole.INFORMATION_BROKER, PartnerRole.COOPERATION_PARTNER), 45, 12, 2, true,
                Visibility.PUBLIC);
        Organisation dialog = organisations.register("Club Dialog e.V.", OrganisationKind.MO, "10117");
        describe(dialog, "Kultur- und Bildungsarbeit mit russischsprachigen Menschen in Berlin.", List.of("ru", "de"),
                List.of("RU", "UA", "BY"), List.of(ThematicField.CULTURE, ThematicField.EDUCATION, ThematicField.YOUTH),
                List.of(PartnerRole.PROJECT_SPONSOR, PartnerRole.TARGET_GROUP_PANEL), 120, 30, 8, true,
                Visibility.NETWORK);
        describe(organisations.register("KUBI e.V.", OrganisationKind.MO, "60311"),
                "Kultur und Bildung für Familien in Frankfurt am Main. Hausaufgabenhilfe und Elternberatung.",
                List.of("de", "tr", "ar"), List.of("TR", "SY", "MA"),
                List.of(ThematicField.EDUCATION, ThematicField.FAMILY, ThematicField.LANGUAGE_COURSES),
                List.of(PartnerRole.COOPERATION_PARTNER), 60, 15, 3, false, Visibility.PUBLIC);
        describe(organisations.register("MOZAIK gGmbH", OrganisationKind.MO, "33602"),
                "Interkulturelle Bildung und Beratung in Bielefeld, Qualifizierung für den Arbeitsmarkt.",
                List.of("de", "tr", "en"), List.of("TR"),
                List.of(ThematicField.LABOUR_MARKET, ThematicField.VOCATIONAL_TRAINING, ThematicField.ANTI_DISCRIMINATION),
                List.of(PartnerRole.PROJECT_SPONSOR, PartnerRole.TOPIC_PANEL), null, 5, 25, true, Visibility.PUBLIC);
        describe(organisations.register("Deutsch-Türkischer Kulturverein Köln e.V.", OrganisationKind.MO, "50667"),
                "Treffpunkt für Familien aus der Türkiye und Deutschland in Köln: Kultur, Sport, Jugend.",
                List.of("de", "tr"), List.of("TR"), List.of(ThematicField.CULTURE, ThematicField.SPORT, ThematicField.YOUTH),
                List.of(PartnerRole.INFORMATION_BROKER), 200, 25, 0, true, Visibility.PUBLIC);
        describe(organisations.register("Ukrainischer Verein Leipzig e.V.", OrganisationKind.MO, "04109"),
                "Selbsthilfe für Geflüchtete aus der Ukraine in Leipzig.", List.of("uk", "ru", "de"), List.of("UA"),
                List.of(ThematicField.REFUGEES, ThematicField.SOCIAL_COUNSELLING), List.of(), 30, 10, 0, false,
                Visibility.PRIVATE);
        Organisation jobcenter = organisations.register("Jobcenter Schwerin", OrganisationKind.INSTITUTION, "19053");
        describeInstitution(jobcenter, InstitutionType.JOBCENTER, "Grundsicherung für Arbeitsuchende in Schwerin.",
                List.of("de"), List.of(ThematicField.LABOUR_MARKET));
        describeInstitution(organisations.register("Agentur für Arbeit Berlin Mitte", OrganisationKind.INSTITUTION,
                "10117"), InstitutionType.EMPLOYMENT_AGENCY, "Berufsberatung und Arbeitsvermittlung in Berlin Mitte.",
                List.of("de", "en"), List.of(ThematicField.LABOUR_MARKET, ThematicField.VOCATIONAL_TRAINING));
        describeInstitution(organisations.register("IHK Frankfurt am Main", OrganisationKind.INSTITUTION, "60311"),
                InstitutionType.CHAMBER_OF_COMMERCE, "Anerkennung ausländischer Berufsabschlüsse und Ausbildung.",
                List.of("de"), List.of(ThematicField.RECOGNITION, ThematicField.VOCATIONAL_TRAINING));
        describeInstitution(organisations.register("Handwerkskammer zu Leipzig", OrganisationKind.INSTITUTION, "04109"),
                InstitutionType.CHAMBER_OF_CRAFTS, "Ausbildung und Meisterprüfung im Handwerk.", List.of("de"),
                List.of(ThematicField.VOCATIONAL_TRAINING, ThematicField.BUSINESS));

        UUID berlinNetwork = networks.all().stream().filter(n -> n.landKeys().contains("11")).findFirst()
                .map(Network::id).map(id -> id.value()).orElseThrow();
        Locale german = Locale.GERMAN;
        accounts.createConfirmed(ADMIN, "Ada Admin", PASSWORD, german,
                List.of(new RoleGrant(Role.ADMINISTRATOR, null, null)));
        accounts.createConfirmed("koordination@bruecke.example", "Kai Koordination", PASSWORD, german,
                List.of(new RoleGrant(Role.COORDINATOR, null, null)));
        accounts.createConfirmed("netzwerk@bruecke.example", "Nina Netzwerk", PASSWORD, german,
                List.of(new RoleGrant(Role.NETWORK_STAFF, null, berlinNetwork)));
        accounts.createConfirmed("mo-admin@bruecke.example", "Olga Vorstand", PASSWORD, german,
                List.of(new RoleGrant(Role.MO_ADMIN, kontakt.id().value(), null),
                        new RoleGrant(Role.EXPERT, null, null)));
        accounts.createConfirmed("mo-mitglied@bruecke.example", "Mehmet Mitglied", PASSWORD, Locale.forLanguageTag("tr"),
                List.of(new RoleGrant(Role.MO_MEMBER, kontakt.id().value(), null)));
        accounts.createConfirmed("club-dialog@bruecke.example", "Dmitri Dialog", PASSWORD, Locale.forLanguageTag("ru"),
                List.of(new RoleGrant(Role.MO_ADMIN, dialog.id().value(), null)));
        accounts.createConfirmed("jobcenter@bruecke.example", "Ines Institution", PASSWORD, german,
                List.of(new RoleGrant(Role.INSTITUTION_MEMBER, jobcenter.id().value(), null)));
        accounts.createConfirmed("expertin@bruecke.example", "Esra Expertin", PASSWORD, Locale.forLanguageTag("ar"),
                List.of(new RoleGrant(Role.EXPERT, null, null)));
        log.info("Demo data seeded: sign in as {} with password {}", ADMIN, PASSWORD);
    }

    private void describe(Organisation organisation, String text, List<String> languages, List<String> communities,
            List<ThematicField> fields, List<PartnerRole> roles, Integer members, Integer volunteers, Integer paidStaff,
            boolean rooms, Visibility visibility) {
        organisations.describe(organisation.id(), new Organisations.Description(null, text, languages, communities,
                fields, roles, List.of(OrganisationFunction.BRIDGE, OrganisationFunction.SERVICE), members, volunteers,
                paidStaff, rooms, visibility), "Demo");
    }

    private void describeInstitution(Organisation organisation, InstitutionType type, String text,
            List<String> languages, List<ThematicField> fields) {
        organisations.describe(organisation.id(), new Organisations.Description(type, text, languages, List.of(), fields,
                List.of(), List.of(), null, null, null, false, Visibility.PUBLIC), "Demo");
    }
}

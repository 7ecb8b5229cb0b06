package de.bruecke.demo;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bruecke.account.Accounts;
import de.bruecke.account.Role;
import de.bruecke.account.RoleGrant;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
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
        Organisation dialog = organisations.register("Club Dialog e.V.", OrganisationKind.MO, "10117");
        organisations.register("KUBI e.V.", OrganisationKind.MO, "60311");
        organisations.register("MOZAIK gGmbH", OrganisationKind.MO, "33602");
        organisations.register("Deutsch-Türkischer Kulturverein Köln e.V.", OrganisationKind.MO, "50667");
        organisations.register("Ukrainischer Verein Leipzig e.V.", OrganisationKind.MO, "04109");
        Organisation jobcenter = organisations.register("Jobcenter Schwerin", OrganisationKind.INSTITUTION, "19053");
        organisations.register("Agentur für Arbeit Berlin Mitte", OrganisationKind.INSTITUTION, "10117");
        organisations.register("IHK Frankfurt am Main", OrganisationKind.INSTITUTION, "60311");
        organisations.register("Handwerkskammer zu Leipzig", OrganisationKind.INSTITUTION, "04109");

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
}

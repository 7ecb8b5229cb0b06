package de.bruecke.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo accounts every test context has (see README). */
public final class DemoUsers {

    public static final String PASSWORD = "Bruecke-Demo-2026";
    public static final String ADMIN = "admin@bruecke.example";
    public static final String COORDINATOR = "koordination@bruecke.example";
    public static final String NETWORK_STAFF = "netzwerk@bruecke.example";
    public static final String MO_ADMIN = "mo-admin@bruecke.example";
    public static final String MO_MEMBER = "mo-mitglied@bruecke.example";
    public static final String FOREIGN_MO_ADMIN = "club-dialog@bruecke.example";
    public static final String INSTITUTION_MEMBER = "jobcenter@bruecke.example";
    public static final String EXPERT = "expertin@bruecke.example";

    private DemoUsers() {
    }

    /** ID of Kontakt e.V., the demo MO that {@link #MO_ADMIN} and {@link #MO_MEMBER} belong to. */
    public static String kontaktId(JdbcClient jdbc) {
        return jdbc.sql("select id::text from organisation where name = 'Kontakt e.V.'").query(String.class).single();
    }
}

package de.bruecke.organisation.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A profile field a column of an imported file can fill, with the column names (German and English) that suggest it
 * and the field of the profile form that validates it.
 */
enum ImportField {

    EXTERNAL_ID("import.field.EXTERNAL_ID", null, "id", "externe id", "external id", "kennung", "referenz",
            "reference"),
    KIND("import.field.KIND", null, "art", "typ", "kind", "type", "organisationsart"),
    NAME("profile.field.name", "name", "name", "organisation", "organisationsname", "name der organisation", "verein",
            "vereinsname", "organization", "organisation name", "organization name"),
    SHORT_NAME("profile.field.shortName", "shortName", "kurzname", "abkurzung", "short name", "acronym"),
    INSTITUTION_TYPE("profile.field.institutionType", "institutionType", "art der einrichtung", "einrichtungsart",
            "einrichtungstyp", "institution type"),
    LEGAL_FORM("profile.field.legalForm", "legalForm", "rechtsform", "legal form"),
    FOUNDING_YEAR("profile.field.foundingYear", "foundingYear", "grundungsjahr", "gegrundet", "founded",
            "founding year", "year founded"),
    REGISTER_COURT("profile.field.registerCourt", "registerCourt", "registergericht", "register court"),
    REGISTER_NUMBER("profile.field.registerNumber", "registerNumber", "registernummer", "vereinsregisternummer",
            "vr nr", "register number"),
    DESCRIPTION("profile.field.description", "description", "beschreibung", "description", "uber uns", "about"),
    WEBSITE("profile.field.website", "website", "website", "webseite", "homepage", "internet", "url", "web"),
    EMAIL("import.field.EMAIL", "publicEmail", "e mail", "email", "mail", "e mail adresse", "email address"),
    PHONE("import.field.PHONE", "publicPhone", "telefon", "tel", "telefonnummer", "phone", "telephone",
            "phone number"),
    UMBRELLAS("profile.field.umbrellas", "umbrellas", "dachverband", "dachverbande", "umbrella organisations",
            "umbrellas"),
    STREET("profile.field.street", "street", "strasse", "str", "strasse und hausnummer", "adresse", "anschrift",
            "street", "address"),
    POSTCODE("profile.field.postcode", "postcode", "plz", "postleitzahl", "zip", "zip code", "postcode",
            "postal code"),
    RADIUS_KM("profile.field.radiusKm", "radiusKm", "umkreis", "umkreis in km", "radius", "radius km"),
    LANGUAGES("profile.field.languages", "moreLanguages", "sprachen", "sprache", "languages", "language"),
    COMMUNITIES("profile.field.communities", "moreCommunities", "herkunftslander", "herkunft", "communities",
            "countries of origin"),
    FIELDS("profile.field.fields", "fields", "themen", "themenfelder", "fields", "topics", "themes"),
    SERVICES("profile.field.services", "services", "angebote", "angebot", "leistungen", "services", "offers"),
    FUNCTIONS("profile.field.functions", "functions", "funktionen", "functions"),
    ROLES("profile.field.roles", "roles", "rollen", "roles"),
    MEMBERS("profile.field.members", "members", "mitglieder", "mitgliederzahl", "members"),
    VOLUNTEERS("profile.field.volunteers", "volunteers", "ehrenamtliche", "aktive ehrenamtliche", "volunteers"),
    PAID_STAFF("profile.field.paidStaff", "paidStaff", "hauptamtliche", "beschaftigte", "bezahlte beschaftigte",
            "paid staff", "staff"),
    PAID_STAFF_FTE("profile.field.paidStaffFte", "paidStaffFte", "stellen vza", "stellen", "vollzeitstellen", "vza",
            "fte", "full time equivalents"),
    BUDGET_BAND("profile.field.budgetBand", "budgetBand", "jahresbudget", "budget", "annual budget"),
    ROOMS("profile.field.roomsAvailable", "roomsAvailable", "raume", "raume fur andere", "rooms", "rooms available"),
    VISIBILITY("import.field.VISIBILITY", "visibility", "sichtbarkeit", "visibility");

    private final String labelKey;
    private final String formField;
    private final List<String> headerNames;

    ImportField(String labelKey, String formField, String... headerNames) {
        this.labelKey = labelKey;
        this.formField = formField;
        this.headerNames = List.of(headerNames);
    }

    /** The message key of the field's name. */
    public String labelKey() {
        return labelKey;
    }

    public String key() {
        return name();
    }

    /** The field of the profile form whose errors belong to this column, e.g. "postcode". */
    static Optional<ImportField> ofFormField(String formField) {
        for (ImportField field : values()) {
            if (formField.equals(field.formField)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The field a column name suggests, if any: "PLZ", "Postleitzahl" and "Zip code" all suggest the postcode. */
    static Optional<ImportField> guess(String columnName) {
        String folded = fold(columnName);
        for (ImportField field : values()) {
            if (field.headerNames.contains(folded)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Lower case, accents and umlauts reduced to their base letter, "ß" as "ss", punctuation as single spaces. */
    static String fold(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

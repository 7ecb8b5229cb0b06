package de.bruecke.organisation.profile;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Place;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores profiles with optimistic locking and keeps the history of every changed field. */
@Repository
public class Profiles {
    /** Writes a profile's own columns if nobody saved it since {@code :version}; an external ID is only ever added. */
    static final String UPDATE = """
            update organisation set
                name = :name, short_name = :shortName, institution_type = :institutionType,
                legal_form = :legalForm, founding_year = :foundingYear, register_court = :registerCourt,
                register_number = :registerNumber, description = :description, website = :website,
                public_email = :publicEmail, public_phone = :publicPhone, umbrellas = :umbrellas,
                street = :street, postcode = :postcode, place_name = :placeName, kreis_key = :kreisKey,
                land_key = :landKey, latitude = :latitude, longitude = :longitude, reach = :area,
                reach_radius_km = :radius, reach_kreise = :reachKreise, reach_laender = :reachLaender,
                languages = :languages, communities = :communities, fields = :fields, services = :services,
                functions = :functions, roles = :roles, members = :members, volunteers = :volunteers,
                paid_staff = :paidStaff, paid_staff_fte = :fte, budget_band = :budgetBand,
                rooms_available = :rooms, rooms_description = :roomsDescription, visibility = :visibility,
                verified_at = :verifiedAt, verified_by = :verifiedBy, recheck_fields = :recheck,
                external_id = coalesce(external_id, :externalId),
                search_keywords = :keywords, version = version + 1, updated_at = now()
            where id = :id and version = :version
            """;

    /** Writes a new profile's own columns; its contact persons and cooperations come with later edits. */
    static final String INSERT = """
            insert into organisation (id, name, kind, postcode, place_name, kreis_key, land_key, latitude, longitude,
                short_name, institution_type, legal_form, founding_year, register_court, register_number, description,
                website, public_email, public_phone, umbrellas, street, reach, reach_radius_km, reach_kreise,
                reach_laender, languages, communities, fields, services, functions, roles, members, volunteers,
                paid_staff, paid_staff_fte, budget_band, rooms_available, rooms_description, visibility, external_id,
                search_keywords)
            values (:id, :name, :kind, :postcode, :placeName, :kreisKey, :landKey, :latitude, :longitude,
                :shortName, :institutionType, :legalForm, :foundingYear, :registerCourt, :registerNumber, :description,
                :website, :publicEmail, :publicPhone, :umbrellas, :street, :area, :radius, :reachKreise,
                :reachLaender, :languages, :communities, :fields, :services, :functions, :roles, :members, :volunteers,
                :paidStaff, :fte, :budgetBand, :rooms, :roomsDescription, :visibility, :externalId, :keywords)
            """;

    /** Someone else saved the profile since it was loaded. */
    static final class ConcurrentEdit extends RuntimeException {
        ConcurrentEdit() {
            super("The profile was changed by someone else", null, false, false);
        }
    }

    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;
    private final MessageSource messages;
    private final CodeLists codeLists;
    private final ProfileEvents events;

    Profiles(JdbcClient jdbc, Gazetteer gazetteer, MessageSource messages, CodeLists codeLists, ProfileEvents events) {
        this.jdbc = jdbc;
        this.events = events;
        this.gazetteer = gazetteer;
        this.messages = messages;
        this.codeLists = codeLists;
    }

    public Optional<Profile> find(OrganisationId id) {
        return jdbc.sql("select * from organisation where id = :id").param("id", id.value())
                .query(this::map).optional()
                .map(profile -> withChildren(profile));
    }

    /**
     * Adds a new profile at the place of its postcode, as one organisation registered by hand, with the same statement
     * and row as the imports' {@link ProfileBatch}; generated data goes through {@link ProfileCopy}.
     */
    @Transactional
    public void insert(Profile profile, String externalId) {
        Place place = gazetteer.place(profile.reach().postcode())
                .orElseThrow(() -> new IllegalArgumentException("postcode"));
        jdbc.sql(INSERT).paramSource(row(profile, place, externalId, 0)).update();
        events.inserted(profile);
    }

    /** Saves an edit made on {@code loadedVersion}; fails with {@link ConcurrentEdit} if someone saved in between. */
    @Transactional
    public void save(Profile.Edit edit, int loadedVersion, String by) {
        Profile profile = edit.profile();
        Place place = gazetteer.place(profile.reach().postcode())
                .orElseThrow(() -> new IllegalArgumentException("postcode"));
        int updated = jdbc.sql(UPDATE).paramSource(row(profile, place, null, loadedVersion)).update();
        if (updated == 0) {
            throw new ConcurrentEdit();
        }
        if (edit.changes().stream().anyMatch(change -> change.field().startsWith("contact"))) {
            replaceContacts(profile);
        }
        if (edit.changes().stream().anyMatch(change -> change.field().equals("cooperations"))) {
            replaceCooperations(profile);
        }
        for (Profile.Change change : edit.changes()) {
            jdbc.sql("""
                    insert into organisation_change (organisation_id, changed_by, field, old_value, new_value)
                    values (:id, :by, :field, :old, :new)
                    """)
                    .param("id", profile.id().value()).param("by", by).param("field", change.field())
                    .param("old", change.oldValue()).param("new", change.newValue())
                    .update();
        }
        events.saved(profile, edit.changes());
    }

    List<HistoryEntry> history(OrganisationId id, int limit) {
        return jdbc.sql("""
                select changed_at, changed_by, field, old_value, new_value from organisation_change
                where organisation_id = :id order by changed_at desc, id desc limit :limit
                """)
                .param("id", id.value()).param("limit", limit)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** One changed field in the history: when, by whom, from what to what. */
    record HistoryEntry(Instant at, String by, String field, String oldValue, String newValue) {
    }

    private void replaceContacts(Profile profile) {
        UUID id = profile.id().value();
        jdbc.sql("delete from organisation_contact where organisation_id = :id").param("id", id).update();
        int position = 0;
        for (ContactPerson contact : profile.contacts()) {
            var consent = contact.consent();
            jdbc.sql("""
                    insert into organisation_contact (id, organisation_id, position, name, function, email, phone,
                        languages, consent_recorded_at, consent_recorded_by, consent_text_version)
                    values (:id, :organisation, :position, :name, :function, :email, :phone, :languages, :at, :by,
                        :version)
                    """)
                    .param("id", contact.id()).param("organisation", id).param("position", position++)
                    .param("name", contact.name()).param("function", contact.function())
                    .param("email", contact.email()).param("phone", contact.phone())
                    .param("languages", array(contact.languages()))
                    .param("at", consent == null ? null : Timestamp.from(consent.recordedAt()))
                    .param("by", consent == null ? null : consent.recordedBy())
                    .param("version", consent == null ? null : consent.textVersion())
                    .update();
        }
    }

    private void replaceCooperations(Profile profile) {
        UUID id = profile.id().value();
        jdbc.sql("delete from organisation_cooperation where organisation_id = :id").param("id", id).update();
        int position = 0;
        for (Capacity.Cooperation cooperation : profile.capacity().cooperations()) {
            jdbc.sql("""
                    insert into organisation_cooperation (id, organisation_id, position, partner_type, topic, year,
                        outcome)
                    values (:id, :organisation, :position, :partnerType, :topic, :year, :outcome)
                    """)
                    .param("id", UUID.randomUUID()).param("organisation", id).param("position", position++)
                    .param("partnerType", cooperation.partnerType()).param("topic", cooperation.topic())
                    .param("year", cooperation.year()).param("outcome", cooperation.outcome())
                    .update();
        }
    }

    /** Several profiles at once, with their contact persons and cooperations, by ID; missing IDs are left out. */
    public Map<UUID, Profile> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ContactPerson>> contacts = new HashMap<>();
        jdbc.sql("select * from organisation_contact where organisation_id in (:ids) order by position")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    contacts.computeIfAbsent(rs.getObject("organisation_id", UUID.class), k -> new ArrayList<>())
                            .add(contact(rs));
                });
        Map<UUID, List<Capacity.Cooperation>> cooperations = new HashMap<>();
        jdbc.sql("select * from organisation_cooperation where organisation_id in (:ids) order by position")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    cooperations.computeIfAbsent(rs.getObject("organisation_id", UUID.class), k -> new ArrayList<>())
                            .add(cooperation(rs));
                });
        Map<UUID, Profile> profiles = new HashMap<>();
        for (Profile p : jdbc.sql("select * from organisation where id in (:ids)").param("ids", ids).query(this::map)
                .list()) {
            UUID id = p.id().value();
            Capacity c = p.capacity();
            Capacity capacity = new Capacity(c.fields(), c.services(), c.functions(), c.roles(), c.members(),
                    c.volunteers(), c.paidStaff(), c.paidStaffFte(), c.budgetBand(), c.roomsAvailable(),
                    c.roomsDescription(), cooperations.getOrDefault(id, List.of()));
            profiles.put(id, new Profile(p.id(), p.kind(), p.version(), p.basics(), p.reach(), capacity,
                    contacts.getOrDefault(id, List.of()), p.visibility(), p.verification(), p.recheckFields(),
                    p.updatedAt()));
        }
        return profiles;
    }

    private static ContactPerson contact(ResultSet rs) throws SQLException {
        return new ContactPerson(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("function"),
                rs.getString("email"), rs.getString("phone"), strings(rs.getArray("languages")),
                rs.getTimestamp("consent_recorded_at") == null ? null
                        : new ContactPerson.Consent(rs.getTimestamp("consent_recorded_at").toInstant(),
                                rs.getString("consent_recorded_by"), rs.getString("consent_text_version")));
    }

    private static Capacity.Cooperation cooperation(ResultSet rs) throws SQLException {
        return new Capacity.Cooperation(rs.getString("partner_type"), rs.getString("topic"),
                (Integer) rs.getObject("year"), rs.getString("outcome"));
    }

    private Profile withChildren(Profile profile) {
        UUID id = profile.id().value();
        List<ContactPerson> contacts = jdbc.sql(
                "select * from organisation_contact where organisation_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new ContactPerson(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("function"), rs.getString("email"), rs.getString("phone"),
                        strings(rs.getArray("languages")),
                        rs.getTimestamp("consent_recorded_at") == null ? null
                                : new ContactPerson.Consent(rs.getTimestamp("consent_recorded_at").toInstant(),
                                        rs.getString("consent_recorded_by"), rs.getString("consent_text_version"))))
                .list();
        List<Capacity.Cooperation> cooperations = jdbc.sql(
                "select * from organisation_cooperation where organisation_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new Capacity.Cooperation(rs.getString("partner_type"), rs.getString("topic"),
                        (Integer) rs.getObject("year"), rs.getString("outcome")))
                .list();
        Capacity c = profile.capacity();
        Capacity capacity = new Capacity(c.fields(), c.services(), c.functions(), c.roles(), c.members(),
                c.volunteers(), c.paidStaff(), c.paidStaffFte(), c.budgetBand(), c.roomsAvailable(),
                c.roomsDescription(), cooperations);
        return new Profile(profile.id(), profile.kind(), profile.version(), profile.basics(), profile.reach(), capacity,
                contacts, profile.visibility(), profile.verification(), profile.recheckFields(), profile.updatedAt());
    }

    private Profile map(ResultSet rs, int row) throws SQLException {
        var basics = new Basics(rs.getString("name"), rs.getString("short_name"),
                value(InstitutionType::valueOf, rs.getString("institution_type")),
                value(LegalForm::valueOf, rs.getString("legal_form")), (Integer) rs.getObject("founding_year"),
                rs.getString("register_court"), rs.getString("register_number"), rs.getString("description"),
                rs.getString("website"), rs.getString("public_email"), rs.getString("public_phone"),
                rs.getString("umbrellas"));
        var reach = new Reach(rs.getString("street"), rs.getString("postcode"),
                AreaOfActivity.valueOf(rs.getString("reach")), (Integer) rs.getObject("reach_radius_km"),
                strings(rs.getArray("reach_kreise")), strings(rs.getArray("reach_laender")),
                strings(rs.getArray("languages")), strings(rs.getArray("communities")));
        var capacity = new Capacity(enums(ThematicField::valueOf, rs.getArray("fields")),
                strings(rs.getArray("services")), enums(OrganisationFunction::valueOf, rs.getArray("functions")),
                enums(PartnerRole::valueOf, rs.getArray("roles")), (Integer) rs.getObject("members"),
                (Integer) rs.getObject("volunteers"), (Integer) rs.getObject("paid_staff"),
                rs.getObject("paid_staff_fte", BigDecimal.class),
                value(BudgetBand::valueOf, rs.getString("budget_band")), rs.getBoolean("rooms_available"),
                rs.getString("rooms_description"), List.of());
        Timestamp verifiedAt = rs.getTimestamp("verified_at");
        return new Profile(new OrganisationId(rs.getObject("id", UUID.class)),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getInt("version"), basics, reach, capacity,
                List.of(), Visibility.valueOf(rs.getString("visibility")),
                verifiedAt == null ? null : new Profile.Verification(verifiedAt.toInstant(), rs.getString("verified_by")),
                new LinkedHashSet<>(strings(rs.getArray("recheck_fields"))),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The parameters of {@link #UPDATE} (and of inserting the row) for a profile at its place. */
    MapSqlParameterSource row(Profile profile, Place place, String externalId, int loadedVersion) {
        Basics b = profile.basics();
        Reach r = profile.reach();
        Capacity c = profile.capacity();
        return new MapSqlParameterSource()
                .addValue("id", profile.id().value()).addValue("version", loadedVersion)
                .addValue("kind", profile.kind().name())
                .addValue("name", b.name()).addValue("shortName", b.shortName())
                .addValue("institutionType", name(b.institutionType()), Types.VARCHAR)
                .addValue("legalForm", name(b.legalForm()), Types.VARCHAR)
                .addValue("foundingYear", b.foundingYear(), Types.INTEGER)
                .addValue("registerCourt", b.registerCourt()).addValue("registerNumber", b.registerNumber())
                .addValue("description", b.description()).addValue("website", b.website())
                .addValue("publicEmail", b.publicEmail()).addValue("publicPhone", b.publicPhone())
                .addValue("umbrellas", b.umbrellas())
                .addValue("street", r.street()).addValue("postcode", r.postcode())
                .addValue("placeName", place.name()).addValue("kreisKey", place.kreisKey())
                .addValue("landKey", place.landKey()).addValue("latitude", place.coordinates().latitude())
                .addValue("longitude", place.coordinates().longitude())
                .addValue("area", r.area().name()).addValue("radius", r.radiusKm(), Types.INTEGER)
                .addValue("reachKreise", array(r.kreise()))
                .addValue("reachLaender", array(r.laender()))
                .addValue("languages", array(r.languages()))
                .addValue("communities", array(r.communities()))
                .addValue("fields", names(c.fields())).addValue("services", array(c.services()))
                .addValue("functions", names(c.functions())).addValue("roles", names(c.roles()))
                .addValue("members", c.members(), Types.INTEGER).addValue("volunteers", c.volunteers(), Types.INTEGER)
                .addValue("paidStaff", c.paidStaff(), Types.INTEGER)
                .addValue("fte", c.paidStaffFte(), Types.NUMERIC)
                .addValue("budgetBand", name(c.budgetBand()), Types.VARCHAR)
                .addValue("rooms", c.roomsAvailable()).addValue("roomsDescription", c.roomsDescription())
                .addValue("visibility", profile.visibility().name())
                .addValue("verifiedAt", profile.verified() ? Timestamp.from(profile.verification().at()) : null,
                        Types.TIMESTAMP)
                .addValue("verifiedBy", profile.verified() ? profile.verification().by() : null, Types.VARCHAR)
                .addValue("recheck", array(profile.recheckFields()))
                .addValue("externalId", externalId, Types.VARCHAR)
                .addValue("keywords", keywords(profile, place));
    }

    /** German words a search should find the profile by, besides its name and description. */
    String keywords(Profile profile, Place place) {
        List<String> words = new ArrayList<>();
        words.add(place.name());
        words.add(place.kreisName());
        words.add(place.landName());
        words.addAll(profile.capacity().services());
        profile.capacity().fields().forEach(f -> words.add(label("theme." + f.name())));
        profile.capacity().roles().forEach(r -> words.add(label("partnerRole." + r.name())));
        if (profile.basics().legalForm() != null) {
            words.add(label("legalForm." + profile.basics().legalForm().name()));
        }
        if (profile.basics().institutionType() != null) {
            words.add(label("institutionType." + profile.basics().institutionType().name()));
        }
        profile.reach().languages().forEach(code -> words.add(codeLists.languageName(code, Locale.GERMAN)));
        profile.reach().communities().forEach(code -> words.add(codeLists.countryName(code, Locale.GERMAN)));
        return String.join(" ", words);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.GERMAN);
    }

    static String[] array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <T> T value(Function<String, T> parse, String name) {
        return name == null ? null : parse.apply(name);
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static <E> List<E> enums(Function<String, E> parse, Array array) throws SQLException {
        return strings(array).stream().map(parse).toList();
    }

}

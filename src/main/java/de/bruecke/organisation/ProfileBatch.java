package de.bruecke.organisation;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import de.bruecke.region.Place;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes many profiles at once with JDBC batches, for imports: new ones are inserted, existing ones updated with the
 * same optimistic lock as a single edit, and every change lands in the history. Contact persons and cooperations are
 * left as they are.
 */
@Repository
class ProfileBatch {

    private static final String INSERT = """
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
    private static final String UPDATE = """
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

    private final NamedParameterJdbcTemplate jdbc;
    private final Profiles profiles;

    ProfileBatch(NamedParameterJdbcTemplate jdbc, Profiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    /** One profile to write: where its postcode lies, its external ID, and the history note for the import. */
    record Write(Profile profile, Place place, String externalId, int loadedVersion, List<Profile.Change> changes,
            String note) {
    }

    void insert(List<Write> writes) {
        if (!writes.isEmpty()) {
            jdbc.batchUpdate(INSERT, writes.stream().map(this::params).toArray(MapSqlParameterSource[]::new));
        }
    }

    /** Updates the profiles; false for each one someone saved since it was loaded (left unchanged). */
    boolean[] update(List<Write> writes) {
        boolean[] saved = new boolean[writes.size()];
        if (writes.isEmpty()) {
            return saved;
        }
        int[] counts = jdbc.batchUpdate(UPDATE, writes.stream().map(this::params).toArray(MapSqlParameterSource[]::new));
        for (int i = 0; i < counts.length; i++) {
            saved[i] = counts[i] != 0;
        }
        return saved;
    }

    /** Records who imported each profile from where, and for updates each changed field. */
    void history(Collection<Write> writes, String by) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (Write write : writes) {
            for (Profile.Change change : write.changes()) {
                rows.add(change(write, by, change.field(), change.oldValue(), change.newValue()));
            }
            rows.add(change(write, by, "import", "", write.note()));
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into organisation_change (organisation_id, changed_by, field, old_value, new_value)
                    values (:id, :by, :field, :old, :new)
                    """, rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource change(Write write, String by, String field, String oldValue,
            String newValue) {
        return new MapSqlParameterSource().addValue("id", write.profile().id().value()).addValue("by", by)
                .addValue("field", field).addValue("old", oldValue).addValue("new", newValue);
    }

    private MapSqlParameterSource params(Write write) {
        Profile profile = write.profile();
        Place place = write.place();
        Basics b = profile.basics();
        Reach r = profile.reach();
        Capacity c = profile.capacity();
        return new MapSqlParameterSource()
                .addValue("id", profile.id().value()).addValue("version", write.loadedVersion())
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
                .addValue("reachKreise", Profiles.array(r.kreise()))
                .addValue("reachLaender", Profiles.array(r.laender()))
                .addValue("languages", Profiles.array(r.languages()))
                .addValue("communities", Profiles.array(r.communities()))
                .addValue("fields", names(c.fields())).addValue("services", Profiles.array(c.services()))
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
                .addValue("recheck", Profiles.array(profile.recheckFields()))
                .addValue("externalId", write.externalId(), Types.VARCHAR)
                .addValue("keywords", profiles.keywords(profile, place));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }
}

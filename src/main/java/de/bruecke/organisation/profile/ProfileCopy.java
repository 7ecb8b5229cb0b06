package de.bruecke.organisation.profile;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import de.bruecke.platform.FieldProblem;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Place;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many new profiles at once with PostgreSQL's {@code COPY}, about a hundred times faster than saving them one
 * by one. The rows get the same search keywords as a profile saved through the forms.
 */
@Component
@NamedInterface("profile")
public class ProfileCopy {

    private static final String ORGANISATION_COLUMNS = """
            id, name, kind, postcode, institution_type, short_name, legal_form, founding_year, register_court,
            register_number, description, street, place_name, kreis_key, land_key, latitude, longitude, reach,
            reach_radius_km, reach_kreise, reach_laender, languages, communities, fields, services, functions, roles,
            members, volunteers, paid_staff, paid_staff_fte, budget_band, rooms_available, rooms_description,
            umbrellas, website, public_email, public_phone, visibility, verified_at, verified_by, external_id,
            search_keywords, updated_at""";

    private static final String COOPERATION_COLUMNS = "id, organisation_id, position, partner_type, topic, year, outcome";

    private final DataSource dataSource;
    private final Profiles profiles;
    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;
    private final Clock clock;

    ProfileCopy(DataSource dataSource, Profiles profiles, JdbcClient jdbc, Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.dataSource = dataSource;
        this.profiles = profiles;
        this.jdbc = jdbc;
    }

    /** Refreshes the planner's statistics after many rows were written, so searches pick the right indexes. */
    public void analyze() {
        jdbc.sql("vacuum analyze organisation").update();
    }

    /** The external IDs already taken that start with the prefix. */
    public Set<String> externalIdsStartingWith(String prefix) {
        return new HashSet<>(jdbc.sql("select external_id from organisation where starts_with(external_id, :prefix)")
                .param("prefix", prefix).query(String.class).list());
    }

    /** A new profile at its place, with the ID it has in the system it comes from. */
    public record Row(String externalId, Profile profile, Place place) {
    }

    /**
     * Inserts the profiles (new IDs, version 0) with their external IDs, all or none; refuses them all if one breaks
     * a rule of the profile.
     */
    @Transactional
    public void insert(List<Row> rows) {
        Year thisYear = Year.now(clock);
        for (Row row : rows) {
            List<FieldProblem> problems = row.profile().problems(gazetteer::exists, thisYear);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Profile " + row.externalId() + " breaks " + problems);
            }
        }
        var organisations = new StringBuilder(rows.size() * 1500);
        var cooperations = new StringBuilder();
        for (Row row : rows) {
            Profile p = row.profile();
            Basics b = p.basics();
            Reach r = p.reach();
            Capacity c = p.capacity();
            var line = new Line(organisations);
            line.add(p.id().value()).add(b.name()).add(p.kind().name()).add(r.postcode()).add(b.institutionType())
                    .add(b.shortName()).add(b.legalForm()).add(b.foundingYear()).add(b.registerCourt())
                    .add(b.registerNumber()).add(b.description()).add(r.street()).add(row.place().name())
                    .add(row.place().kreisKey()).add(row.place().landKey())
                    .add(row.place().coordinates().latitude()).add(row.place().coordinates().longitude())
                    .add(r.area()).add(r.radiusKm()).array(r.kreise()).array(r.laender()).array(r.languages())
                    .array(r.communities()).array(c.fields().stream().map(Enum::name).toList()).array(c.services())
                    .array(c.functions().stream().map(Enum::name).toList())
                    .array(c.roles().stream().map(Enum::name).toList()).add(c.members()).add(c.volunteers())
                    .add(c.paidStaff()).add(c.paidStaffFte()).add(c.budgetBand()).add(c.roomsAvailable())
                    .add(c.roomsDescription()).add(b.umbrellas()).add(b.website()).add(b.publicEmail())
                    .add(b.publicPhone()).add(p.visibility()).add(p.verified() ? p.verification().at() : null)
                    .add(p.verified() ? p.verification().by() : null).add(row.externalId())
                    .add(profiles.keywords(p, row.place())).add(p.updatedAt()).end();
            int position = 0;
            for (Capacity.Cooperation cooperation : c.cooperations()) {
                new Line(cooperations).add(UUID.nameUUIDFromBytes((p.id() + "/" + position).getBytes()))
                        .add(p.id().value()).add(position++).add(cooperation.partnerType()).add(cooperation.topic())
                        .add(cooperation.year()).add(cooperation.outcome()).end();
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy organisation (" + ORGANISATION_COLUMNS + ") from stdin",
                    new StringReader(organisations.toString()));
            if (!cooperations.isEmpty()) {
                copy.copyIn("copy organisation_cooperation (" + COOPERATION_COLUMNS + ") from stdin",
                        new StringReader(cooperations.toString()));
            }
        }
        catch (SQLException | IOException failed) {
            throw new IllegalStateException("COPY of " + rows.size() + " profiles failed", failed);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One row in COPY's text format: tab-separated, {@code \N} for null, backslash escapes, arrays as literals. */
    private static final class Line {

        private final StringBuilder out;
        private boolean first = true;

        Line(StringBuilder out) {
            this.out = out;
        }

        Line add(Object value) {
            separate();
            if (value == null) {
                out.append("\\N");
            }
            else {
                escape(value instanceof Enum<?> e ? e.name() : String.valueOf(value));
            }
            return this;
        }

        Line array(Collection<String> values) {
            separate();
            var literal = new StringBuilder("{");
            for (String value : values) {
                if (literal.length() > 1) {
                    literal.append(',');
                }
                literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            escape(literal.append('}').toString());
            return this;
        }

        void end() {
            out.append('\n');
        }

        private void separate() {
            if (!first) {
                out.append('\t');
            }
            first = false;
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(ch);
                }
            }
        }
    }
}

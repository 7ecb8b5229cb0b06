package de.bruecke.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.organisation.profile.AreaOfActivity;
import de.bruecke.organisation.profile.Basics;
import de.bruecke.organisation.profile.Capacity;
import de.bruecke.organisation.profile.Profile;
import de.bruecke.organisation.profile.Profiles;
import de.bruecke.organisation.profile.Reach;
import de.bruecke.region.Gazetteer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds and registers organisations. */
@Component
public class Organisations {

    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;
    private final Profiles profiles;

    Organisations(JdbcClient jdbc, Gazetteer gazetteer, Profiles profiles) {
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
        this.profiles = profiles;
    }

    /** What demo data and generated data fill into a profile besides name, kind and postcode. */
    public record Description(InstitutionType institutionType, String text, List<String> languages, List<String> communities,
            List<ThematicField> fields, List<PartnerRole> roles, List<OrganisationFunction> functions,
            Integer members, Integer volunteers, Integer paidStaff, boolean rooms, Visibility visibility) {
    }

    /** Fills in a registered organisation's profile in one go, recorded in its history as done by {@code by}. */
    @Transactional
    public void describe(OrganisationId id, Description d, String by) {
        Profile profile = profiles.find(id).orElseThrow();
        Basics b = profile.basics();
        Profile described = profile
                .withBasics(new Basics(b.name(), b.shortName(), d.institutionType(), b.legalForm(), b.foundingYear(),
                        b.registerCourt(), b.registerNumber(), d.text(), b.website(), b.publicEmail(),
                        b.publicPhone(), b.umbrellas())).profile()
                .withReach(new Reach(profile.reach().street(), profile.reach().postcode(), AreaOfActivity.LOCAL, 25,
                        List.of(), List.of(), d.languages(), d.communities())).profile()
                .withCapacity(new Capacity(d.fields(), List.of(), d.functions(), d.roles(), d.members(),
                        d.volunteers(), d.paidStaff(), null, null, d.rooms(), "", List.of())).profile();
        profiles.save(described.withVisibility(d.visibility()), profile.version(), by);
    }

    public Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql("select id, name, kind, postcode from organisation where id = :id")
                .param("id", id.value())
                .query(Organisations::map)
                .optional();
    }

    public List<Organisation> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, kind, postcode from organisation where id in (:ids) order by lower(name)")
                .param("ids", ids)
                .query(Organisations::map)
                .list();
    }

    public List<Organisation> all() {
        return jdbc.sql("select id, name, kind, postcode from organisation order by lower(name)")
                .query(Organisations::map)
                .list();
    }

    public long count(OrganisationKind kind) {
        return jdbc.sql("select count(*) from organisation where kind = :kind").param("kind", kind.name())
                .query(Long.class).single();
    }

    /** Registers an organisation; the name must be filled in and the postcode must exist. */
    @Transactional
    public Organisation register(String name, OrganisationKind kind, String postcode) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > Organisation.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name");
        }
        if (!gazetteer.exists(postcode)) {
            throw new IllegalArgumentException("postcode");
        }
        var organisation = new Organisation(OrganisationId.random(), cleanName, kind, postcode);
        var place = gazetteer.place(postcode).orElseThrow();
        jdbc.sql("""
                insert into organisation (id, name, kind, postcode, place_name, kreis_key, land_key, latitude,
                    longitude, search_keywords)
                values (:id, :name, :kind, :postcode, :place, :kreis, :land, :latitude, :longitude, :keywords)
                """)
                .param("id", organisation.id().value())
                .param("name", organisation.name())
                .param("kind", kind.name())
                .param("postcode", postcode)
                .param("place", place.name())
                .param("kreis", place.kreisKey())
                .param("land", place.landKey())
                .param("latitude", place.coordinates().latitude())
                .param("longitude", place.coordinates().longitude())
                .param("keywords", place.name() + " " + place.kreisName() + " " + place.landName())
                .update();
        return organisation;
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("postcode"));
    }
}

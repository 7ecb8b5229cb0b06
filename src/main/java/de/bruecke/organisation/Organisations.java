package de.bruecke.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.organisation.profile.AreaOfActivity;
import de.bruecke.organisation.profile.Basics;
import de.bruecke.organisation.profile.Capacity;
import de.bruecke.organisation.profile.Profile;
import de.bruecke.organisation.profile.Profiles;
import de.bruecke.organisation.profile.Reach;
import de.bruecke.platform.FieldProblem;
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
    private final Clock clock;

    Organisations(JdbcClient jdbc, Gazetteer gazetteer, Profiles profiles, Clock clock) {
        this.clock = clock;
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

    /** What stops registering an organisation with this name and postcode; nothing when it may be registered. */
    public List<FieldProblem> registrationProblems(String name, String postcode) {
        return draft(name, OrganisationKind.MO, postcode).registrationProblems(gazetteer::exists);
    }

    /** Registers an organisation; the name must be filled in and the postcode must exist. */
    @Transactional
    public Organisation register(String name, OrganisationKind kind, String postcode) {
        Profile profile = draft(name, kind, postcode);
        List<FieldProblem> problems = profile.registrationProblems(gazetteer::exists);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot register " + name + ": " + problems);
        }
        profiles.insert(profile, null);
        return new Organisation(profile.id(), profile.name(), kind, profile.reach().postcode());
    }

    private Profile draft(String name, OrganisationKind kind, String postcode) {
        return Profile.draft(Objects.requireNonNull(kind), name == null ? "" : name.strip(),
                postcode == null ? "" : postcode.strip(), Visibility.PRIVATE, clock.instant());
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("postcode"));
    }
}

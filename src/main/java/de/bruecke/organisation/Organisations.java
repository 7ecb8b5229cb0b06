package de.bruecke.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.region.Gazetteer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds and registers organisations. */
@Component
public class Organisations {

    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;

    Organisations(JdbcClient jdbc, Gazetteer gazetteer) {
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
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
        jdbc.sql("insert into organisation (id, name, kind, postcode) values (:id, :name, :kind, :postcode)")
                .param("id", organisation.id().value())
                .param("name", organisation.name())
                .param("kind", kind.name())
                .param("postcode", postcode)
                .update();
        return organisation;
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("postcode"));
    }
}

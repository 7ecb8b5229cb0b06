package de.bruecke.region;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The regional networks: reading them for everyone, editing them for administrators. */
@Component
public class Networks {

    /** Why a change to a network was refused. */
    public enum Problem {
        NAME_MISSING, NAME_TOO_LONG, NAME_TAKEN, DESCRIPTION_TOO_LONG, NO_COVERAGE, UNKNOWN_AREA, CHANGED_MEANWHILE
    }

    public static final class Refused extends RuntimeException {

        private final Problem problem;

        Refused(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private static final String SELECT = """
            select n.id, n.name, n.description, n.version,
                   array(select land_key from region_network_land l where l.network_id = n.id) as laender,
                   array(select kreis_key from region_network_kreis k where k.network_id = n.id) as kreise
            from region_network n""";

    private final JdbcClient jdbc;

    Networks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Network> all() {
        return jdbc.sql(SELECT + " order by lower(n.name)").query(Networks::map).list();
    }

    public Optional<Network> find(NetworkId id) {
        return jdbc.sql(SELECT + " where n.id = :id").param("id", id.value()).query(Networks::map).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from region_network").query(Long.class).single();
    }

    /** The networks whose area includes a place. */
    public List<Network> covering(Place place) {
        return all().stream().filter(n -> n.covers(place)).toList();
    }

    @Transactional
    public Network create(String name, String description, Collection<String> landKeys, Collection<String> kreisKeys) {
        var id = new NetworkId(UUID.randomUUID());
        String cleanName = checkedName(name);
        String cleanDescription = checkedDescription(description);
        checkCoverage(landKeys, kreisKeys);
        try {
            jdbc.sql("insert into region_network (id, name, description) values (:id, :name, :description)")
                    .param("id", id.value()).param("name", cleanName).param("description", cleanDescription)
                    .update();
        }
        catch (DuplicateKeyException e) {
            throw new Refused(Problem.NAME_TAKEN);
        }
        replaceCoverage(id, landKeys, kreisKeys);
        return find(id).orElseThrow();
    }

    /** Changes a network, refusing when someone else changed it since {@code version} was read. */
    @Transactional
    public Network update(NetworkId id, int version, String name, String description, Collection<String> landKeys,
            Collection<String> kreisKeys) {
        String cleanName = checkedName(name);
        String cleanDescription = checkedDescription(description);
        checkCoverage(landKeys, kreisKeys);
        int updated;
        try {
            updated = jdbc.sql("""
                    update region_network set name = :name, description = :description, version = version + 1,
                           updated_at = now()
                    where id = :id and version = :version""")
                    .param("id", id.value()).param("version", version).param("name", cleanName)
                    .param("description", cleanDescription).update();
        }
        catch (DuplicateKeyException e) {
            throw new Refused(Problem.NAME_TAKEN);
        }
        if (updated == 0) {
            throw new Refused(Problem.CHANGED_MEANWHILE);
        }
        replaceCoverage(id, landKeys, kreisKeys);
        return find(id).orElseThrow();
    }

    @Transactional
    public boolean delete(NetworkId id) {
        return jdbc.sql("delete from region_network where id = :id").param("id", id.value()).update() == 1;
    }

    private void replaceCoverage(NetworkId id, Collection<String> landKeys, Collection<String> kreisKeys) {
        jdbc.sql("delete from region_network_land where network_id = :id").param("id", id.value()).update();
        jdbc.sql("delete from region_network_kreis where network_id = :id").param("id", id.value()).update();
        for (String land : new TreeSet<>(landKeys)) {
            jdbc.sql("insert into region_network_land (network_id, land_key) values (:id, :land)")
                    .param("id", id.value()).param("land", land).update();
        }
        for (String kreis : new TreeSet<>(kreisKeys)) {
            jdbc.sql("insert into region_network_kreis (network_id, kreis_key) values (:id, :kreis)")
                    .param("id", id.value()).param("kreis", kreis).update();
        }
    }

    private void checkCoverage(Collection<String> landKeys, Collection<String> kreisKeys) {
        Set<String> laender = Set.copyOf(landKeys);
        Set<String> kreise = Set.copyOf(kreisKeys);
        if (laender.isEmpty() && kreise.isEmpty()) {
            throw new Refused(Problem.NO_COVERAGE);
        }
        if (known("region_land", "land_key", laender) != laender.size()
                || known("region_kreis", "kreis_key", kreise) != kreise.size()) {
            throw new Refused(Problem.UNKNOWN_AREA);
        }
    }

    private long known(String table, String key, Set<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from " + table + " where " + key + " in (:keys)")
                .param("keys", keys).query(Long.class).single();
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new Refused(Problem.NAME_MISSING);
        }
        if (clean.length() > Network.MAX_NAME_LENGTH) {
            throw new Refused(Problem.NAME_TOO_LONG);
        }
        return clean;
    }

    private static String checkedDescription(String description) {
        String clean = description == null ? "" : description.strip();
        if (clean.length() > Network.MAX_DESCRIPTION_LENGTH) {
            throw new Refused(Problem.DESCRIPTION_TOO_LONG);
        }
        return clean;
    }

    private static Network map(ResultSet rs, int row) throws SQLException {
        return new Network(new NetworkId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("description"), keys(rs.getArray("laender")), keys(rs.getArray("kreise")),
                rs.getInt("version"));
    }

    private static Set<String> keys(Array array) throws SQLException {
        return Set.copyOf(Arrays.stream((Object[]) array.getArray()).map(k -> k.toString().trim()).toList());
    }
}

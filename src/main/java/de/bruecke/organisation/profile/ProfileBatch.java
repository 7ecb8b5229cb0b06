package de.bruecke.organisation.profile;

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
public class ProfileBatch {

    private final NamedParameterJdbcTemplate jdbc;
    private final Profiles profiles;
    private final ProfileEvents events;

    ProfileBatch(NamedParameterJdbcTemplate jdbc, Profiles profiles, ProfileEvents events) {
        this.jdbc = jdbc;
        this.events = events;
        this.profiles = profiles;
    }

    /** One profile to write: where its postcode lies, its external ID, and the history note for the import. */
    public record Write(Profile profile, Place place, String externalId, int loadedVersion, List<Profile.Change> changes,
            String note) {
    }

    public void insert(List<Write> writes) {
        if (!writes.isEmpty()) {
            jdbc.batchUpdate(Profiles.INSERT, writes.stream().map(this::params).toArray(MapSqlParameterSource[]::new));
            writes.forEach(write -> events.inserted(write.profile()));
        }
    }

    /** Updates the profiles; false for each one someone saved since it was loaded (left unchanged). */
    public boolean[] update(List<Write> writes) {
        boolean[] saved = new boolean[writes.size()];
        if (writes.isEmpty()) {
            return saved;
        }
        int[] counts = jdbc.batchUpdate(Profiles.UPDATE, writes.stream().map(this::params).toArray(MapSqlParameterSource[]::new));
        for (int i = 0; i < counts.length; i++) {
            saved[i] = counts[i] != 0;
            if (saved[i]) {
                events.saved(writes.get(i).profile(), writes.get(i).changes());
            }
        }
        return saved;
    }

    /** Records who imported each profile from where, and for updates each changed field. */
    public void history(Collection<Write> writes, String by) {
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
        return profiles.row(write.profile(), write.place(), write.externalId(), write.loadedVersion());
    }

}

package de.bruecke.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL condition of an {@link Area} selects exactly the rows whose place {@link Area#covers} says it covers: every
 * Land–Kreis pair of the gazetteer (and a row without keys), for many areas and for every network.
 */
@IntegrationTest
class AreaSqlTest {

    /** A Land–Kreis pair of the gazetteer, or none (a profile without a known place). */
    record Keys(String land, String kreis) {
    }

    private static final String ROWS = """
            select * from (
                select distinct land_key, kreis_key from region_postcode
                union all select null::char(2), null::char(5)
            ) t""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Networks networks;

    @Test
    void theSqlConditionAgreesWithCovers() {
        List<Keys> all = selected(Area.EVERYWHERE, "t.land_key", "t.kreis_key");
        List<String> laender = jdbc.sql("select land_key from region_land order by 1").query(String.class).list();
        List<String> kreise = jdbc.sql("select kreis_key from region_kreis order by 1").query(String.class).list();
        assertThat(all).hasSizeGreaterThan(300).contains(new Keys(null, null));
        List<Area> areas = new ArrayList<>(List.of(Area.EVERYWHERE, Area.NOWHERE));
        networks.all().forEach(network -> areas.add(network.area()));
        areas.add(Area.of(networks.all()));
        Random random = new Random(20261207);
        for (int i = 0; i < 40; i++) {
            areas.add(Area.of(pick(laender, random.nextInt(3), random), pick(kreise, random.nextInt(6), random)));
        }
        for (Area area : areas) {
            Set<Keys> expected = new HashSet<>();
            all.stream().filter(k -> area.covers(k.land(), k.kreis())).forEach(expected::add);
            assertThat(new HashSet<>(selected(area, "t.land_key", "t.kreis_key"))).as("%s", area)
                    .isEqualTo(expected);
        }
    }

    @Test
    void twoAreasFitInOneStatement() {
        Area berlin = Area.of(Set.of("11"), Set.of());
        Area hamburgKreis = Area.of(Set.of(), Set.of("02000"));
        Area.Sql first = berlin.sql("t.land_key", "t.kreis_key", "first");
        Area.Sql second = hamburgKreis.sql("t.land_key", "t.kreis_key", "second");
        List<Keys> both = jdbc.sql(ROWS + " where " + first.condition() + " or " + second.condition())
                .params(first.params()).params(second.params())
                .query((rs, n) -> new Keys(rs.getString(1), rs.getString(2))).list();
        assertThat(both).isNotEmpty().allSatisfy(k -> assertThat(berlin.covers(k.land(), k.kreis())
                || hamburgKreis.covers(k.land(), k.kreis())).isTrue());
    }

    private List<Keys> selected(Area area, String landColumn, String kreisColumn) {
        Area.Sql sql = area.sql(landColumn, kreisColumn);
        return jdbc.sql(ROWS + " where " + sql.condition()).params(sql.params())
                .query((rs, n) -> new Keys(rs.getString(1), rs.getString(2))).list();
    }

    private static List<String> pick(List<String> keys, int count, Random random) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(keys.get(random.nextInt(keys.size())));
        }
        return picked;
    }
}

package de.bruecke.organisation.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import de.bruecke.demo.synthetic.SyntheticData;
import de.bruecke.organisation.profile.Viewer;
import de.bruecke.platform.Actor;
import de.bruecke.region.Area;
import de.bruecke.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facet counts of the tuned search equal what plain SQL counts: each facet with all filters but its own, only what
 * the viewer may see. Runs on a few hundred synthetic organisations that are rolled back afterwards.
 */
@IntegrationTest
@Transactional
class DirectoryFacetsTest {

    @Autowired
    DirectorySearch search;

    @Autowired
    SyntheticData syntheticData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsAndTotalsMatchPlainSqlForVisitorsAndPartners() {
        syntheticData.topUp(600, 11);
        Actor member = new Actor(null, "partner@example.org", "Partner", Set.of("MO_MEMBER"), Set.of(), Set.of(),
                Set.of(UUID.randomUUID()), Set.of());
        Viewer partner = new Viewer(member, Area.NOWHERE, Area.NOWHERE);
        for (Viewer viewer : List.of(Viewer.VISITOR, partner)) {
            String visible = viewer.partner() ? "visibility in ('PUBLIC', 'NETWORK')" : "visibility = 'PUBLIC'";
            check(viewer, visible, "language=tr&field=CULTURE", Map.of("language", "languages && '{tr}'",
                    "field", "fields && '{CULTURE}'"));
            check(viewer, visible, "language=ar&community=SY&role=COOPERATION_PARTNER", Map.of(
                    "language", "languages && '{ar}'", "community", "communities && '{SY}'",
                    "role", "roles && '{COOPERATION_PARTNER}'"));
            check(viewer, visible, "land=05&kind=MO", Map.of("land", "land_key = '05'", "kind", "kind = 'MO'"));
        }
    }

    private void check(Viewer viewer, String visible, String url, Map<String, String> filters) {
        var params = new LinkedMultiValueMap<String, String>();
        for (String pair : url.split("&")) {
            params.add(pair.split("=")[0], pair.split("=")[1]);
        }
        DirectorySearch.Result result = search.search(SearchQuery.from(params), viewer);

        assertThat(result.total()).as(url).isEqualTo(jdbc.sql("select count(*) from organisation where " + visible
                + " and " + allBut(filters, null)).query(Long.class).single());
        Map<String, String> columns = Map.of("language", "unnest(languages)", "community", "unnest(communities)",
                "field", "unnest(fields)", "role", "unnest(roles)", "kind", "kind", "land", "land_key");
        columns.forEach((facet, column) -> {
            Map<String, Long> expected = new TreeMap<>();
            jdbc.sql("select v, count(*) from (select " + column + " as v from organisation where " + visible
                    + " and " + allBut(filters, facet) + ") rows group by v")
                    .query((rs, n) -> expected.put(rs.getString(1), rs.getLong(2))).list();
            Map<String, Long> actual = new TreeMap<>(result.facets().of(facet));
            actual.values().removeIf(count -> count == 0);
            assertThat(actual).as("%s, facet %s, %s", url, facet, viewer.partner() ? "partner" : "visitor")
                    .isEqualTo(expected);
        });
    }

    private static String allBut(Map<String, String> filters, String facet) {
        return String.join(" and ", filters.entrySet().stream().filter(e -> !e.getKey().equals(facet))
                .map(Map.Entry::getValue).toList());
    }
}

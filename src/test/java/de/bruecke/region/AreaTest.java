package de.bruecke.region;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Java side of {@link Area}; {@code AreaSqlTest} checks that the SQL condition agrees with it. */
class AreaTest {

    private static final List<String> LAENDER = List.of("01", "02", "03", "11", "12", "13");
    private static final List<String> KREISE = List.of("01001", "01002", "02000", "03101", "11000", "12051", "13003");

    @Property
    void coversWhatItsLaenderOrKreiseHold(@ForAll("areas") Area area, @ForAll("places") Place place) {
        boolean expected = area.everywhere() || area.laender().contains(place.landKey())
                || area.kreise().contains(place.kreisKey());
        assertThat(area.covers(place)).isEqualTo(expected);
        assertThat(area.covers(place.landKey(), place.kreisKey())).isEqualTo(expected);
    }

    @Property
    void aUnionCoversWhatEitherCovers(@ForAll("areas") Area a, @ForAll("areas") Area b, @ForAll("places") Place place) {
        assertThat(a.union(b).covers(place)).isEqualTo(a.covers(place) || b.covers(place));
        assertThat(a.union(b)).isEqualTo(b.union(a));
    }

    @Property
    void networksCoverWhatTheirAreaCovers(@ForAll("keys") Set<String> laender, @ForAll("kreisKeys") Set<String> kreise,
            @ForAll("places") Place place) {
        var network = new Network(new NetworkId(UUID.randomUUID()), "N", "", laender, kreise, 0);
        assertThat(network.covers(place)).isEqualTo(network.area().covers(place))
                .isEqualTo(laender.contains(place.landKey()) || kreise.contains(place.kreisKey()));
        assertThat(Area.of(List.of(network))).isEqualTo(network.area());
    }

    @Property
    void theSqlConditionNamesExactlyItsParameters(@ForAll("areas") Area area) {
        Area.Sql sql = area.sql("o.land_key", "o.kreis_key", "viewer");
        if (area.everywhere()) {
            assertThat(sql.condition()).isEqualTo("true");
        }
        else if (area.isNowhere()) {
            assertThat(sql.condition()).isEqualTo("false");
        }
        assertThat(sql.params().keySet()).allSatisfy(name -> assertThat(sql.condition()).contains(":" + name + ")"));
        assertThat(sql.params().getOrDefault("viewerLaender", List.of())).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrderElementsOf(area.laender());
        assertThat(sql.params().getOrDefault("viewerKreise", List.of())).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrderElementsOf(area.kreise());
    }

    @Test
    void everywhereAndNowhere() {
        Place place = place("11", "11000");
        assertThat(Area.EVERYWHERE.covers(place)).isTrue();
        assertThat(Area.EVERYWHERE.covers(null)).isTrue();
        assertThat(Area.NOWHERE.covers(place)).isFalse();
        assertThat(Area.of(Set.of("11"), Set.of()).covers(null)).isFalse();
        assertThat(Area.of(List.of())).isEqualTo(Area.NOWHERE);
        assertThat(Area.of(Set.of(), Set.of())).isEqualTo(Area.NOWHERE);
        assertThat(Area.EVERYWHERE.sql("land_key", "kreis_key")).isEqualTo(new Area.Sql("true", java.util.Map.of()));
        assertThat(Area.NOWHERE.sql("land_key", "kreis_key")).isEqualTo(new Area.Sql("false", java.util.Map.of()));
        assertThat(Area.of(Set.of("11"), Set.of("12051")).sql("o.land_key", "o.kreis_key").condition())
                .isEqualTo("(o.land_key in (:areaLaender) or o.kreis_key in (:areaKreise))");
        assertThat(Area.of(Set.of(), Set.of("12051")).sql("o.land_key", "o.kreis_key").condition())
                .isEqualTo("(o.kreis_key in (:areaKreise))");
        assertThatThrownBy(() -> new Area(true, Set.of("11"), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Area.NOWHERE.sql("a", "b", "x); drop")).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Area> areas() {
        Arbitrary<Area> some = Combinators.combine(keys(), kreisKeys()).as(Area::of);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Area.EVERYWHERE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Area.NOWHERE)), net.jqwik.api.Tuple.of(8, some));
    }

    @Provide
    Arbitrary<Set<String>> keys() {
        return Arbitraries.of(LAENDER).set().ofMaxSize(3);
    }

    @Provide
    Arbitrary<Set<String>> kreisKeys() {
        return Arbitraries.of(KREISE).set().ofMaxSize(3);
    }

    @Provide
    Arbitrary<Place> places() {
        return Combinators.combine(Arbitraries.of(LAENDER), Arbitraries.of(KREISE)).as(AreaTest::place);
    }

    static Place place(String land, String kreis) {
        return new Place("10115", "Ort", kreis, "Kreis", land, "Land", new Coordinates(52.5, 13.4));
    }
}

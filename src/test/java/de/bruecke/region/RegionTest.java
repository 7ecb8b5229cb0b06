package de.bruecke.region;

import java.util.List;
import java.util.Set;

import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class RegionTest {

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Networks networks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GermanyMap map;

    @Test
    void theWholeGazetteerIsLoaded() {
        assertThat(jdbc.sql("select count(*) from region_land").query(Long.class).single()).isEqualTo(16);
        assertThat(jdbc.sql("select count(*) from region_kreis").query(Long.class).single()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from region_gemeinde").query(Long.class).single()).isEqualTo(11_004);
        assertThat(jdbc.sql("select count(distinct postcode) from region_postcode").query(Long.class).single())
                .isEqualTo(8_170);
    }

    @Test
    void aPostcodeLeadsToPlaceKreisLandAndCoordinates() {
        Place schwerin = gazetteer.place("19053").orElseThrow();
        assertThat(schwerin.name()).isEqualTo("Schwerin");
        assertThat(schwerin.kreisKey()).isEqualTo("13004");
        assertThat(schwerin.landName()).isEqualTo("Mecklenburg-Vorpommern");
        assertThat(schwerin.coordinates().latitude()).isBetween(53.5, 53.7);

        assertThat(gazetteer.place("00000")).isEmpty();
        assertThat(gazetteer.place("1011")).isEmpty();
        assertThat(gazetteer.place("10117' or '1'='1")).isEmpty();
        assertThat(gazetteer.place(null)).isEmpty();
    }

    @Test
    void theMapShowsTheGazetteersLaenderAndPlacesPostcodesInThem() {
        assertThat(map.lands()).extracting(LandShape::land).containsExactlyInAnyOrderElementsOf(gazetteer.laender());
        for (String postcode : List.of("80331", "20095", "01067", "10117", "28195", "66111")) {
            Place place = gazetteer.place(postcode).orElseThrow();
            SvgPath land = SvgPath.parse(map.land(place.landKey()).orElseThrow().path());
            assertThat(land.contains(map.project(place.coordinates()))).as(postcode).isTrue();
        }
    }

    @Test
    void distancesBetweenPostcodes() {
        assertThat(gazetteer.distanceKm("10117", "20095").orElseThrow()).isCloseTo(255, within(10.0));
        assertThat(gazetteer.distanceKm("10117", "10117").orElseThrow()).isZero();
        assertThat(gazetteer.distanceKm("10117", "99999")).isEmpty();
    }

    @Test
    void sixteenDefaultNetworksOneForEachLand() {
        List<Network> defaults = networks.all().stream().filter(n -> n.name().contains("IQ Netzwerk")).toList();
        assertThat(defaults).hasSizeGreaterThanOrEqualTo(16);
        Place berlin = gazetteer.place("10117").orElseThrow();
        assertThat(networks.covering(berlin)).extracting(Network::name).contains("IQ Netzwerk Berlin");
    }

    @Test
    void twoNetworksMayShareALandAndKreiseCanBeCoveredSingly() {
        Network cologne = networks.create("IQ Netzwerk Rheinland " + System.nanoTime(), "Zweites Netz in NRW",
                Set.of(), Set.of("05315", "05314"));
        Place koeln = gazetteer.place("50667").orElseThrow();
        assertThat(networks.covering(koeln)).extracting(Network::name)
                .contains("IQ Netzwerk Nordrhein-Westfalen", cologne.name());
        Place dortmund = gazetteer.place("44135").orElseThrow();
        assertThat(networks.covering(dortmund)).extracting(Network::name).doesNotContain(cologne.name());
    }

    @Test
    void networkRulesAreGuarded() {
        assertThatThrownBy(() -> networks.create(" ", "", Set.of("01"), Set.of()))
                .hasFieldOrPropertyWithValue("problem", Networks.Problem.NAME_MISSING);
        assertThatThrownBy(() -> networks.create("x".repeat(201), "", Set.of("01"), Set.of()))
                .hasFieldOrPropertyWithValue("problem", Networks.Problem.NAME_TOO_LONG);
        assertThatThrownBy(() -> networks.create("Ohne Gebiet", "", Set.of(), Set.of()))
                .hasFieldOrPropertyWithValue("problem", Networks.Problem.NO_COVERAGE);
        assertThatThrownBy(() -> networks.create("Unbekannt", "", Set.of("99"), Set.of()))
                .hasFieldOrPropertyWithValue("problem", Networks.Problem.UNKNOWN_AREA);
        assertThatThrownBy(() -> networks.create("iq netzwerk berlin", "", Set.of("11"), Set.of()))
                .hasFieldOrPropertyWithValue("problem", Networks.Problem.NAME_TAKEN);
    }

    @Test
    void concurrentEditsDoNotOverwriteEachOther() {
        Network network = networks.create("Konflikt " + System.nanoTime(), "", Set.of("12"), Set.of());
        networks.update(network.id(), network.version(), network.name() + " A", "", Set.of("12"), Set.of());
        assertThatThrownBy(() -> networks.update(network.id(), network.version(), network.name() + " B", "",
                Set.of("12", "13"), Set.of()))
                .hasFieldOrPropertyWithValue("problem", Networks.Problem.CHANGED_MEANWHILE);
        assertThat(networks.find(network.id()).orElseThrow().name()).isEqualTo(network.name() + " A");
        assertThat(networks.find(network.id()).orElseThrow().landKeys()).containsExactly("12");
    }
}

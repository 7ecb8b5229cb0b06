package de.bruecke.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GermanyMapTest {

    private static final GermanyMap MAP = new GermanyMap();

    @Test
    void sixteenLaenderWithTheirOfficialKeysAndClosedPaths() throws IOException {
        assertThat(MAP.lands()).hasSize(16);
        assertThat(MAP.lands()).extracting(LandShape::land).containsExactlyElementsOf(csv("/region/laender.csv").stream()
                .map(r -> new Land(r.get("land_schluessel"), r.get("iso3166_2"), r.get("name"))).toList());
        for (LandShape shape : MAP.lands()) {
            assertThat(shape.path()).startsWith("M").endsWith("Z").matches("(M[\\d. ]+(L[\\d. ]+)+Z)+");
            assertThat(SvgPath.parse(shape.path()).rings()).allSatisfy(ring -> assertThat(ring).hasSizeGreaterThanOrEqualTo(3));
        }
        assertThat(MAP.land("11").orElseThrow().abbreviation()).isEqualTo("BE");
        assertThat(MAP.land("17")).isEmpty();
        assertThat(MAP.viewBox()).isEqualTo("0 0 1000 1350");
    }

    @Test
    void islandsAndHolesAreSeparateRings() {
        assertThat(rings("01")).as("Sylt, Föhr, Amrum, Fehmarn, Helgoland …").hasSizeGreaterThanOrEqualTo(8);
        assertThat(rings("13")).as("Rügen, Usedom, Poel …").hasSizeGreaterThanOrEqualTo(4);
        assertThat(rings("04")).as("Bremen and Bremerhaven").hasSize(2);
        assertThat(rings("12")).as("Brandenburg with Berlin cut out").hasSize(2);
    }

    @Test
    void berlinLiesInBrandenburgsBoundsButNotInBrandenburg() {
        GermanyMap.Point berlin = MAP.project(new Coordinates(52.52, 13.405));
        assertThat(berlin.x()).isBetween(0.0, 1000.0);
        assertThat(berlin.y()).isBetween(0.0, 1350.0);
        assertThat(path("12").boundsContain(berlin)).isTrue();
        assertThat(path("12").contains(berlin)).isFalse();
        assertThat(path("11").contains(berlin)).isTrue();
    }

    @Test
    void northIsUpAndEastIsRight() {
        GermanyMap.Point sylt = MAP.project(new Coordinates(54.91, 8.31));
        GermanyMap.Point flensburg = MAP.project(new Coordinates(54.78, 9.44));
        GermanyMap.Point muenchen = MAP.project(new Coordinates(48.14, 11.58));
        GermanyMap.Point goerlitz = MAP.project(new Coordinates(51.15, 14.99));
        GermanyMap.Point aachen = MAP.project(new Coordinates(50.78, 6.08));
        assertThat(sylt.y()).isLessThan(muenchen.y());
        assertThat(flensburg.y()).isLessThan(muenchen.y());
        assertThat(aachen.x()).isLessThan(goerlitz.x());
        assertThat(path("01").contains(sylt)).isTrue();
    }

    @Test
    void germanyKeepsItsProportionsAndFitsTheViewBox() {
        double minX = MAP.lands().stream().mapToDouble(l -> path(l).minX()).min().orElseThrow();
        double maxX = MAP.lands().stream().mapToDouble(l -> path(l).maxX()).max().orElseThrow();
        double minY = MAP.lands().stream().mapToDouble(l -> path(l).minY()).min().orElseThrow();
        double maxY = MAP.lands().stream().mapToDouble(l -> path(l).maxY()).max().orElseThrow();
        assertThat(minX).isGreaterThan(5);
        assertThat(maxX).isLessThan(995);
        assertThat(minY).isGreaterThan(5);
        assertThat(maxY).isLessThan(1345);
        assertThat(maxX - minX).isGreaterThan(900);
        double westEastKm = new Coordinates(51.16, 5.87).distanceKmTo(new Coordinates(51.16, 15.04));
        double northSouthKm = new Coordinates(55.06, 10).distanceKmTo(new Coordinates(47.27, 10));
        assertThat((maxY - minY) / (maxX - minX)).isCloseTo(northSouthKm / westEastKm, org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void bigCitiesLieInTheirLand() throws IOException {
        Map<String, CSVRecord> byPostcode = new HashMap<>();
        csv("/region/plz.csv").forEach(r -> byPostcode.putIfAbsent(r.get("plz"), r));
        Map<String, String> expected = Map.ofEntries(Map.entry("80331", "09"), Map.entry("20095", "02"),
                Map.entry("01067", "14"), Map.entry("10117", "11"), Map.entry("28195", "04"), Map.entry("27568", "04"),
                Map.entry("30159", "03"), Map.entry("24103", "01"), Map.entry("18055", "13"), Map.entry("14467", "12"),
                Map.entry("39104", "15"), Map.entry("99084", "16"), Map.entry("50667", "05"), Map.entry("65183", "06"),
                Map.entry("55116", "07"), Map.entry("66111", "10"), Map.entry("70173", "08"));
        expected.forEach((postcode, land) -> {
            CSVRecord row = byPostcode.get(postcode);
            GermanyMap.Point p = MAP.project(coordinates(row));
            assertThat(path(land).contains(p)).as(postcode + " " + row.get("ort") + " in " + land).isTrue();
            assertThat(MAP.lands().stream().filter(l -> path(l).contains(p))).as(postcode + " in one Land only").hasSize(1);
        });
    }

    @Test
    void almostEveryPostcodeCentreLiesInItsLand() throws IOException {
        Map<String, String> keyByName = new HashMap<>();
        MAP.lands().forEach(l -> keyByName.put(l.land().name(), l.land().key()));
        List<CSVRecord> rows = csv("/region/plz.csv");
        long inside = rows.stream()
                .filter(r -> path(Objects.requireNonNull(keyByName.get(r.get("bundesland")))).contains(MAP.project(coordinates(r))))
                .count();
        assertThat(inside).as("the full boundaries miss 25 of 12,854, mostly postcodes spanning two Länder")
                .isGreaterThanOrEqualTo(rows.size() - 40);
    }

    @Test
    void labelsLieInsideTheirLandAndApartFromTheirNeighbours() {
        for (LandShape shape : MAP.lands()) {
            assertThat(path(shape).contains(shape.label())).as(shape.land().name()).isTrue();
        }
        assertThat(distance(label("11"), label("12"))).as("Berlin / Brandenburg").isGreaterThan(60);
        assertThat(distance(label("04"), label("03"))).as("Bremen / Niedersachsen").isGreaterThan(60);
        assertThat(distance(label("02"), label("01"))).as("Hamburg / Schleswig-Holstein").isGreaterThan(60);
    }

    @Test
    void pathsStayWithinTheirSizeBudget() {
        int total = MAP.lands().stream().mapToInt(l -> l.path().length()).sum();
        assertThat(total).isLessThan(80_000);
    }

    @Property
    void projectionKeepsDirections(@ForAll @DoubleRange(min = 47, max = 55) double lat,
            @ForAll @DoubleRange(min = 5, max = 15) double lon, @ForAll @DoubleRange(min = 0.01, max = 2) double step) {
        GermanyMap.Point here = MAP.project(new Coordinates(lat, lon));
        assertThat(MAP.project(new Coordinates(lat + step, lon)).y()).isLessThan(here.y());
        assertThat(MAP.project(new Coordinates(lat, lon + step)).x()).isGreaterThan(here.x());
    }

    private static Coordinates coordinates(CSVRecord row) {
        return new Coordinates(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
    }

    private static GermanyMap.Point label(String key) {
        return MAP.land(key).orElseThrow().label();
    }

    private static double distance(GermanyMap.Point a, GermanyMap.Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static List<List<GermanyMap.Point>> rings(String key) {
        return path(key).rings();
    }

    private static final Map<String, SvgPath> PATHS = new HashMap<>();

    private static SvgPath path(String key) {
        return PATHS.computeIfAbsent(key, k -> SvgPath.parse(MAP.land(k).orElseThrow().path()));
    }

    private static SvgPath path(LandShape shape) {
        return path(shape.land().key());
    }

    private static List<CSVRecord> csv(String resource) throws IOException {
        try (Reader in = new InputStreamReader(GermanyMapTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}

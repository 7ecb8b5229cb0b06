package de.bruecke.region;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CoordinatesProperties {

    @Property
    void distanceIsSymmetricAndNeverNegative(@ForAll @DoubleRange(min = 47, max = 55) double lat1,
            @ForAll @DoubleRange(min = 5, max = 15) double lon1, @ForAll @DoubleRange(min = 47, max = 55) double lat2,
            @ForAll @DoubleRange(min = 5, max = 15) double lon2) {
        var a = new Coordinates(lat1, lon1);
        var b = new Coordinates(lat2, lon2);
        assertThat(a.distanceKmTo(b)).isGreaterThanOrEqualTo(0).isCloseTo(b.distanceKmTo(a), within(1e-9));
        assertThat(a.distanceKmTo(a)).isZero();
    }

    @Property
    void triangleInequality(@ForAll @DoubleRange(min = 47, max = 55) double lat1,
            @ForAll @DoubleRange(min = 5, max = 15) double lon1, @ForAll @DoubleRange(min = 47, max = 55) double lat2,
            @ForAll @DoubleRange(min = 5, max = 15) double lon2, @ForAll @DoubleRange(min = 47, max = 55) double lat3,
            @ForAll @DoubleRange(min = 5, max = 15) double lon3) {
        var a = new Coordinates(lat1, lon1);
        var b = new Coordinates(lat2, lon2);
        var c = new Coordinates(lat3, lon3);
        assertThat(a.distanceKmTo(c)).isLessThanOrEqualTo(a.distanceKmTo(b) + b.distanceKmTo(c) + 1e-6);
    }

    @Test
    void berlinToMunichIsAbout504Km() {
        var berlin = new Coordinates(52.5200, 13.4050);
        var munich = new Coordinates(48.1351, 11.5820);
        assertThat(berlin.distanceKmTo(munich)).isCloseTo(504, within(3.0));
    }

    @Test
    void rejectsImpossibleCoordinates() {
        assertThatThrownBy(() -> new Coordinates(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coordinates(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

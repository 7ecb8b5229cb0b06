package de.bruecke.assessment.results;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RadarChartTest {

    private static final List<String> EIGHT = List.of("1", "2", "3", "4", "5", "6", "7", "8");

    @Test
    void levelFourReachesTheOuterRingAndTheFirstAxisPointsUp() {
        var chart = RadarChart.of(EIGHT, Collections.nCopies(8, Optional.of(new BigDecimal("4.00"))), Optional.empty());
        assertThat(chart.rings()).hasSize(4);
        assertThat(chart.current().points()).startsWith("160.0,42.0 ").isEqualTo(chart.rings().get(3).points());
        assertThat(chart.axes().get(2).x2()).isEqualTo("278.0");
        assertThat(chart.axes().get(2).y2()).isEqualTo("160.0");
        assertThat(chart.previous()).isEmpty();
    }

    @Test
    void anUnknownValueSitsAtTheCentreWithoutADot() {
        var values = new java.util.ArrayList<>(Collections.nCopies(8, Optional.of(new BigDecimal("2.00"))));
        values.set(0, Optional.empty());
        var chart = RadarChart.of(EIGHT, values, Optional.of(Collections.nCopies(8, Optional.of(BigDecimal.ONE))));
        assertThat(chart.current().points()).startsWith("160.0,160.0 ");
        assertThat(chart.current().dots()).hasSize(7);
        assertThat(chart.current().points().split(" ")[2]).isEqualTo("219.0,160.0");
        assertThat(chart.previous()).get().extracting(RadarChart.Series::points).asString().startsWith("160.0,130.5 ");
    }

    @Test
    void refusesMismatchedValues() {
        assertThatThrownBy(() -> RadarChart.of(EIGHT, List.of(Optional.empty()), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

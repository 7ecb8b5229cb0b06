package de.bruecke.assessment.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The geometry of a radar chart for server-rendered SVG: one axis per dimension (clockwise from the top), a ring per
 * level 1–4 and a polygon per round. An unknown value sits at the centre (the table next to the chart says
 * "unknown"). Coordinates are in a square {@link #SIZE} × {@link #SIZE} viewBox.
 */
record RadarChart(List<Axis> axes, List<Ring> rings, Series current, Optional<Series> previous) {

    static final int SIZE = 320;
    static final double CENTRE = SIZE / 2.0;
    static final double RADIUS = 118;
    static final double LABEL_RADIUS = 142;
    static final int LEVELS = 4;

    /** An axis from the centre to the outer ring, with where its number label sits. */
    record Axis(String label, String x2, String y2, String labelX, String labelY) {
    }

    /** The ring of one level, with where its level label sits. */
    record Ring(int level, String points, String labelX, String labelY) {
    }

    record Point(String x, String y) {
    }

    /** One round's polygon and its corner points (only where the value is known). */
    record Series(String points, List<Point> dots) {
    }

    static RadarChart of(List<String> labels, List<Optional<BigDecimal>> current,
            Optional<List<Optional<BigDecimal>>> previous) {
        int n = labels.size();
        if (n < 3 || current.size() != n || previous.map(p -> p.size() != n).orElse(false)) {
            throw new IllegalArgumentException("A radar chart needs at least three axes and one value per axis");
        }
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            axes.add(new Axis(labels.get(i), x(i, n, RADIUS), y(i, n, RADIUS), x(i, n, LABEL_RADIUS),
                    y(i, n, LABEL_RADIUS)));
        }
        List<Ring> rings = new ArrayList<>();
        for (int level = 1; level <= LEVELS; level++) {
            double r = RADIUS * level / LEVELS;
            List<String> corners = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                corners.add(x(i, n, r) + "," + y(i, n, r));
            }
            rings.add(new Ring(level, String.join(" ", corners), format(CENTRE + 4), format(CENTRE - r + 12)));
        }
        return new RadarChart(axes, rings, series(current), previous.map(RadarChart::series));
    }

    private static Series series(List<Optional<BigDecimal>> values) {
        int n = values.size();
        List<String> corners = new ArrayList<>();
        List<Point> dots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double r = values.get(i).map(v -> RADIUS * v.doubleValue() / LEVELS).orElse(0.0);
            corners.add(x(i, n, r) + "," + y(i, n, r));
            if (values.get(i).isPresent()) {
                dots.add(new Point(x(i, n, r), y(i, n, r)));
            }
        }
        return new Series(String.join(" ", corners), dots);
    }

    private static String x(int i, int n, double r) {
        return format(CENTRE + r * Math.sin(2 * Math.PI * i / n));
    }

    private static String y(int i, int n, double r) {
        return format(CENTRE - r * Math.cos(2 * Math.PI * i / n));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

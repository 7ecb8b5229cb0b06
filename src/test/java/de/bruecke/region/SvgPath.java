package de.bruecke.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back the absolute M/L/Z paths of {@link GermanyMap} for point-in-polygon checks in tests. */
record SvgPath(List<List<GermanyMap.Point>> rings) {

    private static final Pattern COMMAND = Pattern.compile("([MLZ])(?:(-?\\d+(?:\\.\\d)?) (-?\\d+(?:\\.\\d)?))?");

    static SvgPath parse(String d) {
        List<List<GermanyMap.Point>> rings = new ArrayList<>();
        List<GermanyMap.Point> current = null;
        Matcher m = COMMAND.matcher(d);
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new IllegalArgumentException("Unexpected text at " + end + " in " + d);
            }
            end = m.end();
            switch (m.group(1)) {
                case "M" -> {
                    current = new ArrayList<>();
                    current.add(point(m));
                }
                case "L" -> current.add(point(m));
                default -> {
                    rings.add(current);
                    current = null;
                }
            }
        }
        if (end != d.length() || current != null) {
            throw new IllegalArgumentException("Path does not end with a closed ring: " + d);
        }
        return new SvgPath(rings);
    }

    private static GermanyMap.Point point(Matcher m) {
        return new GermanyMap.Point(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
    }

    /** Even-odd rule, as {@code fill-rule="evenodd"} would paint it. */
    boolean contains(GermanyMap.Point p) {
        boolean inside = false;
        for (List<GermanyMap.Point> ring : rings) {
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                GermanyMap.Point a = ring.get(i);
                GermanyMap.Point b = ring.get(j);
                if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x()) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    boolean boundsContain(GermanyMap.Point p) {
        return p.x() >= minX() && p.x() <= maxX() && p.y() >= minY() && p.y() <= maxY();
    }

    double minX() {
        return points().mapToDouble(GermanyMap.Point::x).min().orElseThrow();
    }

    double maxX() {
        return points().mapToDouble(GermanyMap.Point::x).max().orElseThrow();
    }

    double minY() {
        return points().mapToDouble(GermanyMap.Point::y).min().orElseThrow();
    }

    double maxY() {
        return points().mapToDouble(GermanyMap.Point::y).max().orElseThrow();
    }

    private java.util.stream.Stream<GermanyMap.Point> points() {
        return rings.stream().flatMap(List::stream);
    }
}

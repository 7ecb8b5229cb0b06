package de.bruecke.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Germany as an SVG map with a fixed viewBox: the outlines of the Länder and the projection that places coordinates on
 * them (equirectangular, longitudes scaled by cos 51°).
 */
@Component
public class GermanyMap {

    static final String RESOURCE = "/region/laender-outline.json";

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 1350;
    private static final double PIXELS_PER_DEGREE = 166;
    private static final double CENTRE_LONGITUDE = 10.45;
    private static final double CENTRE_LATITUDE = 51.16;
    private static final double LONGITUDE_SCALE = Math.cos(Math.toRadians(51));

    private final List<LandShape> lands;

    GermanyMap() {
        this.lands = load();
    }

    /** A position in the map's SVG user units; x grows to the east, y to the south. */
    public record Point(double x, double y) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** Where a coordinate lies on the map; points outside Germany may fall outside the viewBox. */
    public Point project(Coordinates coordinates) {
        return new Point(projectX(coordinates.longitude()), projectY(coordinates.latitude()));
    }

    /** The 16 Länder ordered by their official key. */
    public List<LandShape> lands() {
        return lands;
    }

    public Optional<LandShape> land(String key) {
        return lands.stream().filter(l -> l.land().key().equals(key)).findFirst();
    }

    private static double projectX(double longitude) {
        return WIDTH / 2.0 + (longitude - CENTRE_LONGITUDE) * LONGITUDE_SCALE * PIXELS_PER_DEGREE;
    }

    private static double projectY(double latitude) {
        return HEIGHT / 2.0 - (latitude - CENTRE_LATITUDE) * PIXELS_PER_DEGREE;
    }

    private static List<LandShape> load() {
        JsonNode collection;
        try (InputStream in = GermanyMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            collection = JsonMapper.shared().readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<LandShape> shapes = new ArrayList<>();
        for (JsonNode feature : collection.required("features")) {
            JsonNode properties = feature.required("properties");
            Land land = new Land(properties.required("ARS").asString(), properties.required("ISO_3166_2").asString(),
                    properties.required("GEN").asString());
            try {
                shapes.add(shape(land, feature.required("geometry")));
            }
            catch (RuntimeException e) {
                throw new IllegalStateException("Cannot read the outline of Land " + land.key() + " in " + RESOURCE, e);
            }
        }
        if (shapes.size() != 16 || shapes.stream().map(s -> s.land().key()).distinct().count() != 16) {
            throw new IllegalStateException(RESOURCE + " must hold 16 distinct Länder, found " + shapes.size());
        }
        shapes.sort(Comparator.comparing(s -> s.land().key()));
        return Collections.unmodifiableList(shapes);
    }

    private static LandShape shape(Land land, JsonNode geometry) {
        if (!"MultiPolygon".equals(geometry.required("type").asString())) {
            throw new IllegalArgumentException("Expected a MultiPolygon");
        }
        List<List<List<Point>>> polygons = new ArrayList<>();
        for (JsonNode polygon : geometry.required("coordinates")) {
            List<List<Point>> rings = new ArrayList<>();
            for (JsonNode ring : polygon) {
                List<Point> points = ring(ring, rings.isEmpty());
                if (points.size() >= 3) {
                    rings.add(points);
                }
            }
            if (!rings.isEmpty()) {
                polygons.add(rings);
            }
        }
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("No polygon");
        }
        StringBuilder path = new StringBuilder();
        for (List<List<Point>> polygon : polygons) {
            for (List<Point> ring : polygon) {
                for (int i = 0; i < ring.size(); i++) {
                    Point p = ring.get(i);
                    path.append(i == 0 ? 'M' : 'L').append(format(p.x())).append(' ').append(format(p.y()));
                }
                path.append('Z');
            }
        }
        List<List<Point>> largest = polygons.stream().max(Comparator.comparingDouble(GermanyMap::area)).orElseThrow();
        return new LandShape(land, path.toString(), Labels.poleOfInaccessibility(largest, 1.0));
    }

    private static List<Point> ring(JsonNode coordinates, boolean outer) {
        List<Point> points = new ArrayList<>();
        for (JsonNode position : coordinates) {
            double longitude = position.required(0).doubleValue();
            double latitude = position.required(1).doubleValue();
            Point p = new Point(tenths(projectX(longitude)), tenths(projectY(latitude)));
            if (points.isEmpty() || !points.get(points.size() - 1).equals(p)) {
                points.add(p);
            }
        }
        if (points.size() > 1 && points.get(0).equals(points.get(points.size() - 1))) {
            points.remove(points.size() - 1);
        }
        if (outer != signedArea(points) > 0) {
            Collections.reverse(points);
        }
        return points;
    }

    private static double area(List<List<Point>> polygon) {
        return polygon.stream().mapToDouble(GermanyMap::signedArea).sum();
    }

    /** Shoelace area in SVG coordinates: positive for rings running clockwise on screen. */
    static double signedArea(List<Point> ring) {
        double sum = 0;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            sum += ring.get(j).x() * ring.get(i).y() - ring.get(i).x() * ring.get(j).y();
        }
        return sum / 2;
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String format(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        long fraction = Math.abs(tenths) % 10;
        return (tenths < 0 ? "-" : "") + whole + (fraction == 0 ? "" : "." + fraction);
    }

    /** Label anchors: the point of a polygon farthest from its edges (grid refinement over a priority queue). */
    static final class Labels {

        private Labels() {
        }

        static Point poleOfInaccessibility(List<List<Point>> polygon, double precision) {
            List<Point> outer = polygon.get(0);
            double minX = outer.stream().mapToDouble(Point::x).min().orElseThrow();
            double minY = outer.stream().mapToDouble(Point::y).min().orElseThrow();
            double maxX = outer.stream().mapToDouble(Point::x).max().orElseThrow();
            double maxY = outer.stream().mapToDouble(Point::y).max().orElseThrow();
            double size = Math.min(maxX - minX, maxY - minY);
            if (size <= 0) {
                return outer.get(0);
            }
            PriorityQueue<Cell> queue = new PriorityQueue<>(Comparator.comparingDouble(Cell::potential).reversed());
            for (double x = minX; x < maxX; x += size) {
                for (double y = minY; y < maxY; y += size) {
                    queue.add(cell(x + size / 2, y + size / 2, size / 2, polygon));
                }
            }
            Cell best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0, polygon);
            while (!queue.isEmpty()) {
                Cell cell = queue.poll();
                if (cell.distance() > best.distance()) {
                    best = cell;
                }
                if (cell.potential() - best.distance() <= precision) {
                    continue;
                }
                double h = cell.half() / 2;
                queue.add(cell(cell.x() - h, cell.y() - h, h, polygon));
                queue.add(cell(cell.x() + h, cell.y() - h, h, polygon));
                queue.add(cell(cell.x() - h, cell.y() + h, h, polygon));
                queue.add(cell(cell.x() + h, cell.y() + h, h, polygon));
            }
            return new Point(tenths(best.x()), tenths(best.y()));
        }

        private static Cell cell(double x, double y, double half, List<List<Point>> polygon) {
            return new Cell(x, y, half, signedDistance(x, y, polygon));
        }

        /** Distance to the nearest edge, negative outside the polygon (even-odd rule, so holes count as outside). */
        static double signedDistance(double x, double y, List<List<Point>> polygon) {
            boolean inside = false;
            double nearest = Double.MAX_VALUE;
            for (List<Point> ring : polygon) {
                for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                    Point a = ring.get(i);
                    Point b = ring.get(j);
                    if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                        inside = !inside;
                    }
                    nearest = Math.min(nearest, segmentDistance(x, y, a, b));
                }
            }
            return inside ? nearest : -nearest;
        }

        private static double segmentDistance(double x, double y, Point a, Point b) {
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double t = dx == 0 && dy == 0 ? 0 : ((x - a.x()) * dx + (y - a.y()) * dy) / (dx * dx + dy * dy);
            t = Math.max(0, Math.min(1, t));
            return Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy));
        }

        private record Cell(double x, double y, double half, double distance) {

            double potential() {
                return distance + half * Math.sqrt(2);
            }
        }
    }
}

package de.bruecke.organisation.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.bruecke.region.Coordinates;
import de.bruecke.region.GermanyMap;
import de.bruecke.region.LandShape;

import org.springframework.stereotype.Component;

/**
 * Draws the matches of a search on the map of Germany: one dot per place while there are few, one circle per Kreis
 * (its area growing with the count) when there are many, and the count of each Land as its label.
 */
@Component
class DirectoryMap {

    /** Up to this many matches each place gets a dot; above it the matches are summed up per Kreis. */
    static final int MAX_DOTS = 2000;

    private static final double MAX_RADIUS = 45;

    private final GermanyMap germany;

    DirectoryMap(GermanyMap germany) {
        this.germany = germany;
    }

    /** A Land on the map with the number of matches in it. */
    record LandCount(String key, String name, String path, GermanyMap.Point label, long count) {

        public long labelX() {
            return Math.round(label.x());
        }

        public long labelY() {
            return Math.round(label.y());
        }
    }

    /** The matches of one Kreis as a circle. */
    record Circle(long x, long y, long r, long count) {
    }

    /** What the map page shows: Länder with counts, and either dots (one path) or circles. */
    record View(String viewBox, List<LandCount> lands, String dots, List<Circle> circles, long total,
            long withoutPlace) {

        public boolean aggregated() {
            return !circles.isEmpty();
        }

        /** The Länder alphabetically, for the table. */
        public List<LandCount> byName() {
            return lands.stream().sorted(Comparator.comparing(LandCount::name)).toList();
        }

        /** The Länder with matches, most first, as "Berlin 12, Bayern 3". */
        public String summary() {
            return lands.stream().filter(l -> l.count() > 0)
                    .sorted(Comparator.comparingLong(LandCount::count).reversed().thenComparing(LandCount::name))
                    .map(l -> l.name() + " " + l.count()).collect(Collectors.joining(", "));
        }
    }

    View draw(DirectorySearch.Spread spread) {
        Map<String, Long> perLand = spread.perLand();
        List<LandCount> lands = new ArrayList<>();
        for (LandShape shape : germany.lands()) {
            lands.add(new LandCount(shape.land().key(), shape.land().name(), shape.path(), shape.label(),
                    perLand.getOrDefault(shape.land().key(), 0L)));
        }
        boolean aggregated = spread.places().isEmpty() && spread.total() > 0;
        return new View(germany.viewBox(), lands, aggregated ? "" : dots(spread.places()),
                aggregated ? circles(spread.kreise()) : List.of(), spread.total(), spread.withoutPlace());
    }

    /** Every place as a zero-length line with round caps: about ten bytes per dot. */
    private String dots(List<DirectorySearch.Spot> places) {
        Set<String> drawn = new LinkedHashSet<>();
        for (DirectorySearch.Spot place : places) {
            if (located(place)) {
                GermanyMap.Point p = germany.project(new Coordinates(place.latitude(), place.longitude()));
                drawn.add("M" + Math.round(p.x()) + " " + Math.round(p.y()) + "h0");
            }
        }
        return String.join("", drawn);
    }

    private List<Circle> circles(List<DirectorySearch.Spot> kreise) {
        return kreise.stream().filter(DirectoryMap::located)
                .sorted(Comparator.comparingLong(DirectorySearch.Spot::count).reversed())
                .map(k -> {
                    GermanyMap.Point p = germany.project(new Coordinates(k.latitude(), k.longitude()));
                    return new Circle(Math.round(p.x()), Math.round(p.y()), radius(k.count()), k.count());
                })
                .toList();
    }

    /** The radius grows with the square root of the count, so the area grows with it; a single match stays visible. */
    static long radius(long count) {
        return Math.round(Math.min(MAX_RADIUS, 4 + 1.2 * Math.sqrt(count)));
    }

    private static boolean located(DirectorySearch.Spot spot) {
        return !Double.isNaN(spot.latitude()) && !Double.isNaN(spot.longitude());
    }
}

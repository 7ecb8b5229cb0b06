package de.bruecke.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks up German postcodes, Länder and Kreise and measures distances between them. */
@Component
public class Gazetteer {

    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final int MAX_CACHED_POSTCODES = 100_000;

    private final JdbcClient jdbc;
    /** The reference data is loaded by a migration and never changes while the application runs. */
    private final Map<String, List<Place>> placesByPostcode = new ConcurrentHashMap<>();
    private volatile List<Kreis> kreise;

    Gazetteer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean isWellFormedPostcode(String postcode) {
        return postcode != null && POSTCODE.matcher(postcode).matches();
    }

    /** All places a postcode covers, most populous municipality first; empty for unknown or malformed postcodes. */
    public List<Place> places(String postcode) {
        if (!isWellFormedPostcode(postcode)) {
            return List.of();
        }
        List<Place> cached = placesByPostcode.get(postcode);
        if (cached != null) {
            return cached;
        }
        List<Place> places = List.copyOf(queryPlaces(postcode));
        if (placesByPostcode.size() < MAX_CACHED_POSTCODES) {
            placesByPostcode.put(postcode, places);
        }
        return places;
    }

    private List<Place> queryPlaces(String postcode) {
        return jdbc.sql("""
                select p.postcode, p.place, p.kreis_key, k.name as kreis_name, p.land_key, l.name as land_name,
                       p.latitude, p.longitude
                from region_postcode p
                join region_kreis k on k.kreis_key = p.kreis_key
                join region_land l on l.land_key = p.land_key
                left join region_gemeinde g on g.ags = p.ags
                where p.postcode = :postcode
                order by g.population desc nulls last, p.place
                """)
                .param("postcode", postcode)
                .query((rs, n) -> new Place(rs.getString("postcode"), rs.getString("place"), rs.getString("kreis_key"),
                        rs.getString("kreis_name"), rs.getString("land_key"), rs.getString("land_name"),
                        new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude"))))
                .list();
    }

    /** Finds a place by postcode or by name, accents ignored: exact names first, then the most populous. */
    public Optional<Place> locate(String postcodeOrName) {
        String query = postcodeOrName == null ? "" : postcodeOrName.strip();
        if (isWellFormedPostcode(query)) {
            return place(query);
        }
        if (query.isEmpty() || query.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select p.postcode from region_postcode p
                where bruecke_fold(p.place) = bruecke_fold(:name) or bruecke_fold(p.place) like bruecke_fold(:prefix)
                order by bruecke_fold(p.place) = bruecke_fold(:name) desc, p.population desc nulls last, p.postcode
                limit 1
                """)
                .param("name", query)
                .param("prefix", query.replace("\\", "").replace("%", "").replace("_", "") + " %")
                .query(String.class).optional()
                .flatMap(this::place);
    }

    /** A postcode's main place with the number of people living in the postcode area. */
    public record PopulatedPlace(Place place, int population) {
    }

    /** Every postcode with its main place (the most populous municipality) and its population. */
    public List<PopulatedPlace> populatedPlaces() {
        return jdbc.sql("""
                select distinct on (p.postcode) p.postcode, p.place, p.kreis_key, k.name as kreis_name, p.land_key,
                       l.name as land_name, p.latitude, p.longitude, coalesce(p.population, 0) as population
                from region_postcode p
                join region_kreis k on k.kreis_key = p.kreis_key
                join region_land l on l.land_key = p.land_key
                left join region_gemeinde g on g.ags = p.ags
                order by p.postcode, g.population desc nulls last, p.place
                """)
                .query((rs, n) -> new PopulatedPlace(new Place(rs.getString("postcode"), rs.getString("place"),
                        rs.getString("kreis_key"), rs.getString("kreis_name"), rs.getString("land_key"),
                        rs.getString("land_name"), new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude"))),
                        rs.getInt("population")))
                .list();
    }

    public Optional<Place> place(String postcode) {
        return places(postcode).stream().findFirst();
    }

    public boolean exists(String postcode) {
        return place(postcode).isPresent();
    }

    /** Distance in kilometres between the centres of two postcode areas, empty if either is unknown. */
    public OptionalDouble distanceKm(String fromPostcode, String toPostcode) {
        var from = place(fromPostcode);
        var to = place(toPostcode);
        if (from.isEmpty() || to.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(from.get().coordinates().distanceKmTo(to.get().coordinates()));
    }

    public List<Land> laender() {
        return jdbc.sql("select land_key, iso_code, name from region_land order by name")
                .query((rs, n) -> new Land(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public List<Kreis> kreise() {
        List<Kreis> all = kreise;
        if (all == null) {
            all = List.copyOf(queryKreise());
            kreise = all;
        }
        return all;
    }

    private List<Kreis> queryKreise() {
        return jdbc.sql("select kreis_key, name, land_key from region_kreis order by name")
                .query((rs, n) -> new Kreis(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}

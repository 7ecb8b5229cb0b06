package de.bruecke.region;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A part of Germany: whole Länder and single Kreise (their union), or everywhere, or nowhere. It answers "is this
 * place in it?" in Java ({@link #covers(Place)}) and in SQL ({@link #sql(String, String)}), and both answers agree.
 *
 * @param everywhere whether the area is all of Germany (then both key sets are empty)
 * @param laender keys of the Länder it covers completely
 * @param kreise keys of the Kreise it covers in addition
 */
public record Area(boolean everywhere, Set<String> laender, Set<String> kreise) {

    public static final Area EVERYWHERE = new Area(true, Set.of(), Set.of());
    public static final Area NOWHERE = new Area(false, Set.of(), Set.of());

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public Area {
        laender = Set.copyOf(laender);
        kreise = Set.copyOf(kreise);
        if (everywhere && !(laender.isEmpty() && kreise.isEmpty())) {
            throw new IllegalArgumentException("An area everywhere names no Länder or Kreise");
        }
    }

    /** The Länder and Kreise given; nowhere when both are empty. */
    public static Area of(Collection<String> laender, Collection<String> kreise) {
        return laender.isEmpty() && kreise.isEmpty() ? NOWHERE : new Area(false, Set.copyOf(laender), Set.copyOf(kreise));
    }

    /** The union of the networks' areas; nowhere for no networks. */
    public static Area of(Collection<Network> networks) {
        Area union = NOWHERE;
        for (Network network : networks) {
            union = union.union(network.area());
        }
        return union;
    }

    public Area union(Area other) {
        if (everywhere || other.everywhere) {
            return EVERYWHERE;
        }
        Set<String> allLaender = new TreeSet<>(laender);
        allLaender.addAll(other.laender);
        Set<String> allKreise = new TreeSet<>(kreise);
        allKreise.addAll(other.kreise);
        return of(allLaender, allKreise);
    }

    public boolean isNowhere() {
        return !everywhere && laender.isEmpty() && kreise.isEmpty();
    }

    /** Whether the place lies in the area. An unknown place ({@code null}) lies only in the area everywhere. */
    public boolean covers(Place place) {
        if (everywhere) {
            return true;
        }
        return place != null && covers(place.landKey(), place.kreisKey());
    }

    /** Whether a place with these keys (either may be {@code null}) lies in the area. */
    public boolean covers(String landKey, String kreisKey) {
        return everywhere || (landKey != null && laender.contains(landKey))
                || (kreisKey != null && kreise.contains(kreisKey));
    }

    /**
     * The area as an SQL condition on a table's Land and Kreis key columns, with parameters named
     * {@code areaLaender} and {@code areaKreise}; see {@link #sql(String, String, String)}.
     */
    public Sql sql(String landColumn, String kreisColumn) {
        return sql(landColumn, kreisColumn, "area");
    }

    /**
     * The area as an SQL condition on a table's Land and Kreis key columns, e.g.
     * {@code area.sql("o.land_key", "o.kreis_key", "viewer")}: {@code true} everywhere, {@code false} nowhere, else
     * {@code (o.land_key in (:viewerLaender) or o.kreis_key in (:viewerKreise))} with lists of keys as named
     * parameters (for {@code JdbcClient} or {@code NamedParameterJdbcTemplate}). A row whose keys are {@code null}
     * lies only in the area everywhere, as in {@link #covers(Place)}.
     *
     * @param prefix how the parameters' names begin, so one statement can hold several areas
     */
    public Sql sql(String landColumn, String kreisColumn, String prefix) {
        if (!PARAMETER_NAME.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Not a parameter name: " + prefix);
        }
        if (everywhere) {
            return new Sql("true", Map.of());
        }
        if (isNowhere()) {
            return new Sql("false", Map.of());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder condition = new StringBuilder("(");
        if (!laender.isEmpty()) {
            params.put(prefix + "Laender", List.copyOf(new TreeSet<>(laender)));
            condition.append(landColumn).append(" in (:").append(prefix).append("Laender)");
        }
        if (!kreise.isEmpty()) {
            params.put(prefix + "Kreise", List.copyOf(new TreeSet<>(kreise)));
            condition.append(laender.isEmpty() ? "" : " or ").append(kreisColumn).append(" in (:").append(prefix)
                    .append("Kreise)");
        }
        return new Sql(condition.append(")").toString(), Map.copyOf(params));
    }

    /**
     * An area as an SQL condition and the named parameters it needs (lists of keys).
     *
     * @param condition a boolean SQL expression, safe to join with {@code and} or {@code or}
     */
    public record Sql(String condition, Map<String, Object> params) {

        public Sql {
            params = Map.copyOf(params);
        }
    }
}

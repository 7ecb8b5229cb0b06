package de.bruecke.organisation.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Visibility;
import de.bruecke.organisation.profile.Profiles;
import de.bruecke.organisation.profile.Viewer;
import de.bruecke.region.Area;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Network;
import de.bruecke.region.Networks;
import de.bruecke.region.Place;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the directory in PostgreSQL: German full text with accents ignored, trigram typo tolerance on names,
 * distance from a place, and facet counts. What the viewer may not see is excluded inside the query, so it never
 * shows up in hits or counts. One statement returns the page of hits, the total and all facet counts (measured in
 * docs/benchmarks.md); the hits' display fields are then read by ID.
 */
@Component
class DirectorySearch {

    private static final String DISTANCE = """
            6371 * 2 * asin(sqrt(power(sin(radians(o.latitude - :lat) / 2), 2)
                + cos(radians(:lat)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - :lon) / 2), 2)))""";

    /** How close a mistyped word must be to a word of a name; 0.5 lets "Kontackt" find "Kontakt e.V.". */
    private static final double TYPO_THRESHOLD = 0.5;

    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;
    private final Networks networks;

    DirectorySearch(JdbcClient jdbc, Gazetteer gazetteer, Networks networks) {
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
        this.networks = networks;
    }

    /** One organisation in a result list. */
    record Hit(OrganisationId id, String name, String shortName, OrganisationKind kind, String institutionType,
            String postcode, String placeName, String landKey, List<String> languages, List<String> fields,
            List<String> roles, boolean verified, Double distanceKm, Visibility visibility) {
    }

    /** Counts per facet value, each counted with all other filters applied but not its own facet's. */
    record Facets(Map<String, Map<String, Long>> counts) {

        public long count(String facet, String value) {
            return counts.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
        }

        public Map<String, Long> of(String facet) {
            return counts.getOrDefault(facet, Map.of());
        }
    }

    /** A page of hits, the total, the facets, and the place distances are measured from. */
    record Result(SearchQuery query, List<Hit> hits, long total, Facets facets, List<Network> networks, Place near,
            boolean nearUnknown) {

        public Map<String, String> networkNames() {
            Map<String, String> names = new LinkedHashMap<>();
            networks.forEach(n -> names.put(n.id().value().toString(), n.name()));
            return names;
        }

        public int pages() {
            return (int) Math.max(1, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
        }
    }

    @Transactional(readOnly = true)
    Result search(SearchQuery query, Viewer viewer) {
        Optional<Place> near = query.hasNear() ? gazetteer.locate(query.near()) : Optional.empty();
        List<Network> allNetworks = networks.all();
        SearchQuery.Sort sort = effectiveSort(query, near.isPresent());
        Sql sql = prepare(query, viewer, near, allNetworks, sort == SearchQuery.Sort.RELEVANCE);
        String order = switch (sort) {
            case RELEVANCE -> "rank desc, lower(name), id";
            case DISTANCE -> "distance nulls last, lower(name), id";
            case UPDATED -> "updated_at desc, id";
            case NAME -> "lower(name), id";
        };
        Map<UUID, Integer> positions = new HashMap<>();
        Map<UUID, Double> distances = new HashMap<>();
        long[] total = {0};
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql(sql.base() + """
                , filtered as materialized (select * from base where %s)
                select 'hit' as facet, id::text as value, position as n, distance
                from (select id, distance, row_number() over (order by %s) as position from filtered
                      order by %s limit :limit offset :offset) page
                union all
                select 'total', null, count(*), null from filtered
                union all
                %s
                """.formatted(sql.where(null), order, order, sql.facetCounts()))
                .params(sql.params())
                .param("limit", SearchQuery.PAGE_SIZE)
                .param("offset", (query.page() - 1) * SearchQuery.PAGE_SIZE)
                .query((ResultSet rs) -> {
                    String facet = rs.getString("facet");
                    if (facet.equals("hit")) {
                        UUID id = UUID.fromString(rs.getString("value"));
                        positions.put(id, rs.getInt("n"));
                        distances.put(id, rs.getObject("distance", Double.class));
                    }
                    else if (facet.equals("total")) {
                        total[0] = rs.getLong("n");
                    }
                    else if (rs.getString("value") != null) {
                        counts.computeIfAbsent(facet, f -> new LinkedHashMap<>()).put(rs.getString("value"),
                                rs.getLong("n"));
                    }
                });
        List<Hit> hits = hits(positions, distances, near.isPresent());
        Facets facets = facets(counts, query, allNetworks);
        return new Result(query, hits, total[0], facets, allNetworks, near.orElse(null),
                query.hasNear() && near.isEmpty());
    }

    private List<Hit> hits(Map<UUID, Integer> positions, Map<UUID, Double> distances, boolean withDistance) {
        if (positions.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(jdbc.sql("""
                select id, name, short_name, kind, institution_type, postcode, place_name, land_key, languages,
                       fields, roles, verified_at, visibility
                from organisation where id in (:ids)
                """)
                .param("ids", positions.keySet())
                .query((rs, n) -> hit(rs, withDistance ? distances.get(rs.getObject("id", UUID.class)) : null))
                .list());
        hits.sort(Comparator.comparing(hit -> positions.get(hit.id().value())));
        return hits;
    }

    /** How many matching organisations a Kreis or a place holds, at the mean position of their postcodes. */
    record Spot(String landKey, String kreisKey, double latitude, double longitude, long count) {
    }

    /**
     * Where the matching organisations are: counts per Kreis (and so per Land), and their distinct places when there
     * are at most {@code maxPlaces} organisations; {@code places} is empty otherwise.
     */
    record Spread(long total, List<Spot> kreise, List<Spot> places) {

        public Map<String, Long> perLand() {
            Map<String, Long> counts = new TreeMap<>();
            kreise.stream().filter(k -> k.landKey() != null)
                    .forEach(k -> counts.merge(k.landKey(), k.count(), Long::sum));
            return counts;
        }

        public long withoutPlace() {
            return total - kreise.stream().filter(k -> k.landKey() != null).mapToLong(Spot::count).sum();
        }
    }

    /** One matching organisation with the fields anyone who finds it may read. */
    record Listed(OrganisationId id, String name, String shortName, OrganisationKind kind, String institutionType,
            String postcode, String placeName, String landKey, List<String> languages, List<String> fields,
            List<String> roles, String website, String publicEmail, String publicPhone, Instant verifiedAt,
            Instant updatedAt) {
    }

    /** The same matches as {@link #search}, ignoring the page, spread over the map. */
    @Transactional(readOnly = true)
    Spread spread(SearchQuery query, Viewer viewer, int maxPlaces) {
        Sql sql = prepare(query, viewer, query.hasNear() ? gazetteer.locate(query.near()) : Optional.empty(), false);
        String matched = sql.base() + """
                , matched as (select id, land_key, kreis_key from base where %s)
                """.formatted(sql.where(null));
        List<Spot> kreise = jdbc.sql(matched + """
                select m.land_key, m.kreis_key, avg(o.latitude) as latitude, avg(o.longitude) as longitude,
                       count(*) as n
                from matched m join organisation o on o.id = m.id
                group by m.land_key, m.kreis_key
                """).params(sql.params()).query(DirectorySearch::spot).list();
        long total = kreise.stream().mapToLong(Spot::count).sum();
        List<Spot> places = total > maxPlaces ? List.of() : jdbc.sql(matched + """
                select null as land_key, null as kreis_key, o.latitude, o.longitude, count(*) as n
                from matched m join organisation o on o.id = m.id
                where o.latitude is not null and o.longitude is not null
                group by o.latitude, o.longitude
                """).params(sql.params()).query(DirectorySearch::spot).list();
        return new Spread(total, kreise, places);
    }

    /**
     * Streams every match of the search, in its order and ignoring the page, to {@code rows}; read in batches, so
     * any number of matches fits in memory.
     */
    @Transactional(readOnly = true)
    void list(SearchQuery query, Viewer viewer, Consumer<Listed> rows) {
        Optional<Place> near = query.hasNear() ? gazetteer.locate(query.near()) : Optional.empty();
        SearchQuery.Sort sort = effectiveSort(query, near.isPresent());
        Sql sql = prepare(query, viewer, near, sort == SearchQuery.Sort.RELEVANCE);
        String order = switch (sort) {
            case RELEVANCE -> "m.rank desc, lower(o.name), o.id";
            case DISTANCE -> "m.distance nulls last, lower(o.name), o.id";
            case UPDATED -> "o.updated_at desc, o.id";
            case NAME -> "lower(o.name), o.id";
        };
        jdbc.sql(sql.base() + """
                , matched as (select id, rank, distance from base where %s)
                select o.id, o.name, o.short_name, o.kind, o.institution_type, o.postcode, o.place_name, o.land_key,
                       o.languages, o.fields, o.roles, o.website, o.public_email, o.public_phone, o.verified_at,
                       o.updated_at
                from matched m join organisation o on o.id = m.id
                order by %s
                """.formatted(sql.where(null), order))
                .params(sql.params())
                .withFetchSize(500)
                .query((ResultSet rs) -> rows.accept(new Listed(new OrganisationId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getString("short_name"), OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("institution_type"), rs.getString("postcode"), rs.getString("place_name"),
                        rs.getString("land_key"), Profiles.strings(rs.getArray("languages")),
                        Profiles.strings(rs.getArray("fields")), Profiles.strings(rs.getArray("roles")),
                        rs.getString("website"), rs.getString("public_email"), rs.getString("public_phone"),
                        instant(rs, "verified_at"), instant(rs, "updated_at"))));
    }

    private Sql prepare(SearchQuery query, Viewer viewer, Optional<Place> near, boolean ranked) {
        return prepare(query, viewer, near, networks.all(), ranked);
    }

    /** The search's SQL, with this transaction's settings: the typo threshold, and no JIT or parallel plans. */
    private Sql prepare(SearchQuery query, Viewer viewer, Optional<Place> near, List<Network> allNetworks,
            boolean ranked) {
        jdbc.sql("""
                select set_config('pg_trgm.word_similarity_threshold', :threshold, true),
                       set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true),
                       set_config('work_mem', '16MB', true)""")
                .param("threshold", String.valueOf(TYPO_THRESHOLD)).query().singleRow();
        return new Sql(query, viewer, near.orElse(null), allNetworks, ranked);
    }

    private static Spot spot(ResultSet rs, int row) throws SQLException {
        double latitude = rs.getDouble("latitude");
        boolean located = !rs.wasNull();
        double longitude = rs.getDouble("longitude");
        return new Spot(rs.getString("land_key"), rs.getString("kreis_key"), located ? latitude : Double.NaN,
                located ? longitude : Double.NaN, rs.getLong("n"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static SearchQuery.Sort effectiveSort(SearchQuery query, boolean hasNear) {
        if (query.sort() == SearchQuery.Sort.DISTANCE && !hasNear) {
            return SearchQuery.Sort.NAME;
        }
        if (query.sort() == SearchQuery.Sort.RELEVANCE && !query.hasText()) {
            return hasNear ? SearchQuery.Sort.DISTANCE : SearchQuery.Sort.NAME;
        }
        return query.sort();
    }

    private Facets facets(Map<String, Map<String, Long>> counts, SearchQuery query, List<Network> allNetworks) {
        counts.put("network", networkCounts(counts.getOrDefault("area", Map.of()), allNetworks));
        Map<String, List<String>> selected = Map.of("language", query.languages(), "community", query.communities(),
                "field", query.fields().stream().map(Enum::name).toList(),
                "role", query.roles().stream().map(Enum::name).toList(),
                "function", query.functions().stream().map(Enum::name).toList());
        selected.forEach((facet, values) -> {
            Map<String, Long> byCount = new LinkedHashMap<>();
            values.forEach(v -> byCount.put(v, counts.getOrDefault(facet, Map.of()).getOrDefault(v, 0L)));
            counts.getOrDefault(facet, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> byCount.putIfAbsent(e.getKey(), e.getValue()));
            counts.put(facet, byCount);
        });
        return new Facets(counts);
    }

    private static Map<String, Long> networkCounts(Map<String, Long> byArea, List<Network> allNetworks) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Network network : allNetworks) {
            Area area = network.area();
            long n = byArea.entrySet().stream().filter(e -> {
                String[] keys = e.getKey().split(":");
                return area.covers(keys[0], keys[1]);
            }).mapToLong(Map.Entry::getValue).sum();
            counts.put(network.id().value().toString(), n);
        }
        return counts;
    }

    private static Hit hit(ResultSet rs, Double distanceKm) throws SQLException {
        return new Hit(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("short_name"), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("institution_type"), rs.getString("postcode"), rs.getString("place_name"),
                rs.getString("land_key"), Profiles.strings(rs.getArray("languages")),
                Profiles.strings(rs.getArray("fields")), Profiles.strings(rs.getArray("roles")),
                rs.getTimestamp("verified_at") != null, distanceKm,
                Visibility.valueOf(rs.getString("visibility")));
    }

    /** The SQL for one search: the visible, text- and distance-matched base set, and the facet filters on it. */
    private static final class Sql {

        private final Map<String, Object> params = new HashMap<>();
        private final Map<String, String> filters = new LinkedHashMap<>();
        private final String base;

        Sql(SearchQuery query, Viewer viewer, Place near, List<Network> networks, boolean ranked) {
            List<String> conditions = new ArrayList<>();
            conditions.add(visibility(viewer));
            String rank = "0";
            if (query.hasText()) {
                params.put("text", query.text());
                conditions.add("""
                        (o.search_document @@ websearch_to_tsquery('bruecke_german', :text)
                         or bruecke_fold(:text) <% o.name_folded)""");
                if (ranked) {
                    rank = """
                            ts_rank_cd(o.search_document, websearch_to_tsquery('bruecke_german', :text))
                            + word_similarity(bruecke_fold(:text), o.name_folded)""";
                }
            }
            String distance = "null::double precision";
            if (near != null) {
                params.put("lat", near.coordinates().latitude());
                params.put("lon", near.coordinates().longitude());
                params.put("radius", (double) query.radiusKm());
                params.put("latDelta", query.radiusKm() / 111.0);
                params.put("lonDelta", query.radiusKm() / (111.0 * Math.cos(Math.toRadians(near.coordinates().latitude()))));
                conditions.add("""
                        o.latitude between :lat - :latDelta and :lat + :latDelta
                        and o.longitude between :lon - :lonDelta and :lon + :lonDelta
                        and %s <= :radius""".formatted(DISTANCE));
                distance = DISTANCE;
            }
            addFilters(query, networks);
            if (filters.size() > 1) {
                conditions.add(allButOneFilter());
            }
            base = """
                    with base as materialized (
                        select o.id, o.name, o.kind, o.institution_type, o.land_key, o.kreis_key, o.languages,
                               o.communities, o.fields, o.roles, o.functions, o.paid_staff, o.rooms_available,
                               o.verified_at, o.updated_at, %s as distance, %s as rank
                        from organisation o
                        where %s
                    )
                    """.formatted(distance, rank, String.join(" and ", conditions));
        }

        /**
         * Rows that pass all filters but at most one: no facet count needs other rows, and the filters' indexes can
         * narrow the rows read.
         */
        private String allButOneFilter() {
            return filters.keySet().stream().map(facet -> "(" + where(facet) + ")")
                    .collect(Collectors.joining(" or ", "(", ")"));
        }

        private String visibility(Viewer viewer) {
            if (viewer.seesAll()) {
                return "true";
            }
            List<String> visible = new ArrayList<>();
            visible.add(viewer.partner() ? "o.visibility in ('PUBLIC', 'NETWORK')" : "o.visibility = 'PUBLIC'");
            if (!viewer.actor().organisations().isEmpty()) {
                params.put("memberOf", List.copyOf(viewer.actor().organisations()));
                visible.add("o.id in (:memberOf)");
            }
            if (!viewer.area().isNowhere()) {
                Area.Sql area = viewer.area().sql("o.land_key", "o.kreis_key", "area");
                params.putAll(area.params());
                visible.add(area.condition());
            }
            return "(" + String.join(" or ", visible) + ")";
        }

        private void addFilters(SearchQuery query, List<Network> networks) {
            if (query.kind() != null) {
                params.put("kind", query.kind().name());
                filters.put("kind", "kind = :kind");
            }
            if (query.institutionType() != null) {
                params.put("type", query.institutionType().name());
                filters.put("type", "institution_type = :type");
            }
            if (query.land() != null) {
                params.put("land", query.land());
                filters.put("land", "land_key = :land");
            }
            if (query.network() != null) {
                Area.Sql network = networks.stream().filter(n -> n.id().value().toString().equals(query.network()))
                        .findFirst().map(Network::area).orElse(Area.NOWHERE).sql("land_key", "kreis_key", "network");
                params.putAll(network.params());
                filters.put("network", network.condition());
            }
            overlap("language", "languages", query.languages());
            overlap("community", "communities", query.communities());
            overlap("field", "fields", query.fields().stream().map(Enum::name).toList());
            overlap("role", "roles", query.roles().stream().map(Enum::name).toList());
            overlap("function", "functions", query.functions().stream().map(Enum::name).toList());
            if (query.paidStaff()) {
                filters.put("paid", "paid_staff > 0");
            }
            if (query.rooms()) {
                filters.put("rooms", "rooms_available");
            }
            if (query.verified()) {
                filters.put("verified", "verified_at is not null");
            }
        }

        private void overlap(String facet, String column, List<String> values) {
            if (!values.isEmpty()) {
                params.put(facet, values.toArray(String[]::new));
                filters.put(facet, column + " && cast(:" + facet + " as text[])");
            }
        }

        String base() {
            return base;
        }

        Map<String, Object> params() {
            return params;
        }

        /** One select per facet: from the filtered rows, or for a facet with its own filter, from the base rows. */
        String facetCounts() {
            return """
                    select 'kind' as facet, kind as value, count(*) as n, null from %s group by kind
                    union all
                    select 'type', institution_type, count(*), null from %s and institution_type is not null
                        group by institution_type
                    union all
                    select 'land', land_key, count(*), null from %s group by land_key
                    union all
                    select 'area', land_key || ':' || kreis_key, count(*), null from %s group by land_key, kreis_key
                    union all
                    select 'language', v, count(*), null from %s group by v
                    union all
                    select 'community', v, count(*), null from %s group by v
                    union all
                    select 'field', v, count(*), null from %s group by v
                    union all
                    select 'role', v, count(*), null from %s group by v
                    union all
                    select 'function', v, count(*), null from %s group by v
                    union all
                    select 'paid', 'true', count(*), null from %s and paid_staff > 0
                    union all
                    select 'rooms', 'true', count(*), null from %s and rooms_available
                    union all
                    select 'verified', 'true', count(*), null from %s and verified_at is not null
                    """.formatted(rows("kind", ""), rows("type", ""), rows("land", ""), rows("network", ""),
                    rows("language", "unnest(languages) v"), rows("community", "unnest(communities) v"),
                    rows("field", "unnest(fields) v"), rows("role", "unnest(roles) v"),
                    rows("function", "unnest(functions) v"), rows("paid", ""), rows("rooms", ""),
                    rows("verified", ""));
        }

        /** The rows a facet counts: all filters but its own apply, so only a filtered facet reads the base rows. */
        private String rows(String facet, String unnest) {
            String from = filters.containsKey(facet) ? "base" : "filtered";
            return from + (unnest.isEmpty() ? "" : ", " + unnest) + " where "
                    + (filters.containsKey(facet) ? where(facet) : "true");
        }

        String where(String exceptFacet) {
            String where = filters.entrySet().stream().filter(e -> !e.getKey().equals(exceptFacet))
                    .map(Map.Entry::getValue).collect(Collectors.joining(" and "));
            return where.isEmpty() ? "true" : where;
        }
    }
}

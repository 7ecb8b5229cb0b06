package de.bruecke.organisation.directory;

import java.util.List;
import java.util.function.Function;

import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A directory search as it appears in a shareable URL. Unknown or malformed values are dropped, never fatal: a
 * bookmarked URL keeps working after the taxonomy changes.
 */
record SearchQuery(String text, OrganisationKind kind, InstitutionType institutionType, String land, String network,
        List<String> languages, List<String> communities, List<ThematicField> fields, List<PartnerRole> roles,
        List<OrganisationFunction> functions, boolean paidStaff, boolean rooms, boolean verified, String near,
        int radiusKm, Sort sort, int page) {

    static final int PAGE_SIZE = 20;
    static final List<Integer> RADII = List.of(5, 10, 25, 50, 100, 250);
    static final int DEFAULT_RADIUS = 50;
    static final int MAX_TEXT = 200;

    enum Sort {
        RELEVANCE, NAME, DISTANCE, UPDATED
    }

    SearchQuery {
        languages = List.copyOf(languages);
        communities = List.copyOf(communities);
        fields = List.copyOf(fields);
        roles = List.copyOf(roles);
        functions = List.copyOf(functions);
    }

    static SearchQuery from(MultiValueMap<String, String> params) {
        String text = clip(first(params, "q"));
        String near = clip(first(params, "near"));
        int radius = parseInt(first(params, "radius"), DEFAULT_RADIUS);
        Sort sort = parse(Sort::valueOf, first(params, "sort"));
        if (sort == null) {
            sort = !text.isEmpty() ? Sort.RELEVANCE : !near.isEmpty() ? Sort.DISTANCE : Sort.NAME;
        }
        return new SearchQuery(text, parse(OrganisationKind::valueOf, first(params, "kind")),
                parse(InstitutionType::valueOf, first(params, "type")), code(first(params, "land"), "\\d{2}"),
                code(first(params, "network"), "[0-9a-f-]{36}"),
                codes(params, "language", "[a-z]{2,3}"), codes(params, "community", "[A-Z]{2}"),
                all(params, "field", ThematicField::valueOf), all(params, "role", PartnerRole::valueOf),
                all(params, "function", OrganisationFunction::valueOf), "1".equals(first(params, "paid")),
                "1".equals(first(params, "rooms")), "1".equals(first(params, "verified")), near,
                RADII.contains(radius) ? radius : DEFAULT_RADIUS, sort, Math.max(1, Math.min(parseInt(first(params,
                        "page"), 1), 10_000)));
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    boolean hasNear() {
        return !near.isEmpty();
    }

    public SearchQuery onPage(int newPage) {
        return new SearchQuery(text, kind, institutionType, land, network, languages, communities, fields, roles,
                functions, paidStaff, rooms, verified, near, radiusKm, sort, newPage);
    }

    /** The same search in one Land only, from its first page. */
    public SearchQuery inLand(String landKey) {
        return new SearchQuery(text, kind, institutionType, landKey, network, languages, communities, fields, roles,
                functions, paidStaff, rooms, verified, near, radiusKm, sort, 1);
    }

    /** The query string for this search, e.g. for pagination links and the CSV export. */
    public String queryString() {
        var uri = UriComponentsBuilder.newInstance();
        put(uri, "q", text);
        put(uri, "kind", kind);
        put(uri, "type", institutionType);
        put(uri, "land", land);
        put(uri, "network", network);
        languages.forEach(v -> put(uri, "language", v));
        communities.forEach(v -> put(uri, "community", v));
        fields.forEach(v -> put(uri, "field", v));
        roles.forEach(v -> put(uri, "role", v));
        functions.forEach(v -> put(uri, "function", v));
        put(uri, "paid", paidStaff ? "1" : null);
        put(uri, "rooms", rooms ? "1" : null);
        put(uri, "verified", verified ? "1" : null);
        put(uri, "near", near);
        put(uri, "radius", hasNear() ? radiusKm : null);
        put(uri, "sort", sort);
        put(uri, "page", page > 1 ? page : null);
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    public boolean selected(String facet, String value) {
        List<?> values = switch (facet) {
            case "language" -> languages;
            case "community" -> communities;
            case "field" -> fields;
            case "role" -> roles;
            case "function" -> functions;
            default -> List.of();
        };
        return values.stream().map(String::valueOf).anyMatch(value::equals);
    }

    private static void put(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            uri.queryParam(name, String.valueOf(value));
        }
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String clip(String value) {
        String stripped = value.strip().replaceAll("\\p{Cntrl}", " ");
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    private static String code(String value, String pattern) {
        return value.matches(pattern) ? value : null;
    }

    private static List<String> codes(MultiValueMap<String, String> params, String name, String pattern) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> v != null && v.matches(pattern)).distinct()
                .limit(50).toList();
    }

    private static <E> List<E> all(MultiValueMap<String, String> params, String name, Function<String, E> parse) {
        return params.getOrDefault(name, List.of()).stream().map(v -> parse(parse, v)).filter(v -> v != null)
                .distinct().toList();
    }

    private static <E> E parse(Function<String, E> parse, String value) {
        try {
            return value == null || value.isEmpty() ? null : parse.apply(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value.isEmpty() ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

}

package de.bruecke.organisation.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import de.bruecke.platform.FieldProblem;
import de.bruecke.region.Gazetteer;

import org.springframework.modulith.NamedInterface;

/** Step 2: where the organisation is, how far it works, and which languages and communities it reaches. */
@NamedInterface("profile")
public record Reach(String street, String postcode, AreaOfActivity area, Integer radiusKm, List<String> kreise,
        List<String> laender, List<String> languages, List<String> communities) implements ProfileSection {

    public Reach {
        kreise = List.copyOf(kreise);
        laender = List.copyOf(laender);
        languages = List.copyOf(languages);
        communities = List.copyOf(communities);
    }

    static final int MAX_LIST = 50;
    static final FieldRules.Range RADIUS_KM = new FieldRules.Range(1, 1000);

    static Reach at(String postcode) {
        return new Reach("", postcode, AreaOfActivity.LOCAL, null, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * What is wrong with this reach; nothing when it may be saved. The postcode must be one the gazetteer knows; a
     * local organisation names its radius, one working in Kreise or Länder names at least one.
     */
    public List<FieldProblem> problems(Predicate<String> knownPostcode) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.length(problems, "street", street, 200);
        problems.addAll(postcodeProblems(postcode, knownPostcode));
        if (radiusKm == null && area == AreaOfActivity.LOCAL) {
            problems.add(FieldProblem.of("radiusKm", "validation.radius.required"));
        }
        FieldRules.range(problems, "radiusKm", radiusKm, RADIUS_KM);
        if (area == AreaOfActivity.LAENDER && laender.isEmpty()) {
            problems.add(FieldProblem.of("laender", "validation.laender.required"));
        }
        if (area == AreaOfActivity.KREISE && kreise.isEmpty()) {
            problems.add(FieldProblem.of("kreise", "validation.kreise.required"));
        }
        if (languages.size() > MAX_LIST) {
            problems.add(FieldProblem.of("languages", "validation.tooMany"));
        }
        if (communities.size() > MAX_LIST) {
            problems.add(FieldProblem.of("communities", "validation.tooMany"));
        }
        return problems;
    }

    /** A postcode is five digits the gazetteer knows. */
    static List<FieldProblem> postcodeProblems(String postcode, Predicate<String> knownPostcode) {
        if (postcode == null || postcode.isEmpty()) {
            return List.of(FieldProblem.of("postcode", "validation.required"));
        }
        if (!Gazetteer.isWellFormedPostcode(postcode)) {
            return List.of(FieldProblem.of("postcode", "validation.postcode.format"));
        }
        return knownPostcode.test(postcode) ? List.of() : List.of(FieldProblem.of("postcode", "validation.postcode.unknown"));
    }

    @Override
    public Map<String, String> fieldValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("street", street);
        values.put("postcode", postcode);
        values.put("area", area.name());
        values.put("radiusKm", ProfileSection.text(radiusKm));
        values.put("kreise", ProfileSection.join(kreise));
        values.put("laender", ProfileSection.join(laender));
        values.put("languages", ProfileSection.join(languages));
        values.put("communities", ProfileSection.join(communities));
        return values;
    }
}

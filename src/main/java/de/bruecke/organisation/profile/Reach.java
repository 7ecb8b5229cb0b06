package de.bruecke.organisation.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    static Reach at(String postcode) {
        return new Reach("", postcode, AreaOfActivity.LOCAL, null, List.of(), List.of(), List.of(), List.of());
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

package de.bruecke.organisation.profile;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;

import org.springframework.modulith.NamedInterface;

/** Step 3: what the organisation works on, what it can do, and with whom it has worked. */
@NamedInterface("profile")
public record Capacity(List<ThematicField> fields, List<String> services, List<OrganisationFunction> functions,
        List<PartnerRole> roles, Integer members, Integer volunteers, Integer paidStaff, BigDecimal paidStaffFte,
        BudgetBand budgetBand, boolean roomsAvailable, String roomsDescription, List<Cooperation> cooperations)
        implements ProfileSection {

    public Capacity {
        fields = List.copyOf(fields);
        services = List.copyOf(services);
        functions = List.copyOf(functions);
        roles = List.copyOf(roles);
        cooperations = List.copyOf(cooperations);
    }

    public static Capacity empty() {
        return new Capacity(List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, false, "",
                List.of());
    }

    /** An earlier cooperation: with whom, on what, when, and how it went. */
    public record Cooperation(String partnerType, String topic, Integer year, String outcome) {
    }

    @Override
    public Map<String, String> fieldValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("fields", ProfileSection.join(fields));
        values.put("services", ProfileSection.join(services));
        values.put("functions", ProfileSection.join(functions));
        values.put("roles", ProfileSection.join(roles));
        values.put("members", ProfileSection.text(members));
        values.put("volunteers", ProfileSection.text(volunteers));
        values.put("paidStaff", ProfileSection.text(paidStaff));
        values.put("paidStaffFte", paidStaffFte == null ? "" : paidStaffFte.stripTrailingZeros().toPlainString());
        values.put("budgetBand", ProfileSection.text(budgetBand));
        values.put("roomsAvailable", String.valueOf(roomsAvailable));
        values.put("roomsDescription", roomsDescription);
        values.put("cooperations", ProfileSection.join(cooperations.stream()
                .map(c -> c.partnerType() + " / " + c.topic() + " / " + ProfileSection.text(c.year()) + " / " + c.outcome())
                .toList()));
        return values;
    }
}

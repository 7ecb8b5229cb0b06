package de.bruecke.organisation.profile;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;
import de.bruecke.platform.FieldProblem;

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

    static final FieldRules.Range MEMBERS = new FieldRules.Range(0, 10_000_000);
    static final FieldRules.Range VOLUNTEERS = MEMBERS;
    static final FieldRules.Range PAID_STAFF = new FieldRules.Range(0, 100_000);
    static final BigDecimal MAX_FTE = BigDecimal.valueOf(10_000);

    public static Capacity empty() {
        return new Capacity(List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, false, "",
                List.of());
    }

    /**
     * An earlier cooperation: with whom ("MO" or an institution type), on what, when (1950 or later), and how it
     * went.
     */
    public record Cooperation(String partnerType, String topic, Integer year, String outcome) {

        static final int FIRST_YEAR = 1950;

        /** What is wrong with the cooperation in row {@code row} of the list; nothing when it may be saved. */
        List<FieldProblem> problems(int row, Year thisYear) {
            boolean knownPartner = "MO".equals(partnerType)
                    || Arrays.stream(InstitutionType.values()).anyMatch(t -> t.name().equals(partnerType));
            boolean valid = knownPartner && topic != null && !topic.isBlank() && topic.length() <= 200
                    && (outcome == null || outcome.length() <= 1000)
                    && (year == null || (year >= FIRST_YEAR && year <= thisYear.getValue()));
            return valid ? List.of() : List.of(problem(row));
        }

        static FieldProblem problem(int row) {
            return FieldProblem.of("cooperationTopic", "validation.cooperation", row);
        }
    }

    /** What is wrong with this capacity; nothing when it may be saved. */
    public List<FieldProblem> problems(Year thisYear) {
        List<FieldProblem> problems = new ArrayList<>();
        if (services.size() > 30 || services.stream().anyMatch(s -> s.length() > 60)) {
            problems.add(FieldProblem.of("services", "validation.services"));
        }
        FieldRules.range(problems, "members", members, MEMBERS);
        FieldRules.range(problems, "volunteers", volunteers, VOLUNTEERS);
        FieldRules.range(problems, "paidStaff", paidStaff, PAID_STAFF);
        if (paidStaffFte != null) {
            if (paidStaffFte.signum() < 0 || paidStaffFte.compareTo(MAX_FTE) > 0 || paidStaffFte.scale() > 2) {
                problems.add(FieldProblem.of("paidStaffFte", "validation.decimal"));
            }
            else if (paidStaff != null && paidStaffFte.compareTo(BigDecimal.valueOf(paidStaff)) > 0) {
                problems.add(FieldProblem.of("paidStaffFte", "validation.fte.morethanPersons"));
            }
        }
        FieldRules.length(problems, "roomsDescription", roomsDescription, 1000);
        for (int i = 0; i < cooperations.size(); i++) {
            problems.addAll(cooperations.get(i).problems(i + 1, thisYear));
        }
        return problems;
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

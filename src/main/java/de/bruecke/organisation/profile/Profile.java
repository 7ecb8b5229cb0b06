package de.bruecke.organisation.profile;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Visibility;
import de.bruecke.platform.FieldProblem;

import org.springframework.modulith.NamedInterface;

/**
 * An organisation's profile. Each edit returns a new profile plus the fields it changed; edits to key fields of a
 * verified profile flag it for a new check by network staff.
 */
@NamedInterface("profile")
public record Profile(OrganisationId id, OrganisationKind kind, int version, Basics basics, Reach reach, Capacity capacity,
        List<ContactPerson> contacts, Visibility visibility, Verification verification, Set<String> recheckFields,
        Instant updatedAt) {

    static final Set<String> KEY_FIELDS = Set.of("name", "legalForm", "registerCourt", "registerNumber", "street",
            "postcode");

    public Profile {
        contacts = List.copyOf(contacts);
        recheckFields = Set.copyOf(recheckFields);
        if (kind == OrganisationKind.MO && basics.institutionType() != null) {
            throw new IllegalArgumentException("An MO has no institution type");
        }
    }

    /** Who checked the profile and when. */
    public record Verification(Instant at, String by) {
    }

    /** One field that an edit changed. */
    public record Change(String field, String oldValue, String newValue) {
    }

    /** The profile after an edit, with what changed. */
    public record Edit(Profile profile, List<Change> changes) {
    }

    /**
     * A new organisation's profile with nothing but its name and postcode (either may still be empty, e.g. for an
     * import row to be filled in); see {@link #registrationProblems} for what a registration needs.
     */
    public static Profile draft(OrganisationKind kind, String name, String postcode, Visibility visibility,
            Instant at) {
        return new Profile(OrganisationId.random(), kind, 0, Basics.named(name), Reach.at(postcode), Capacity.empty(),
                List.of(), visibility, null, Set.of(), at);
    }

    /**
     * What is wrong with the whole profile; nothing when it may be saved. The bulk {@code COPY} path asks this; forms
     * and the import ask the values of the step they change.
     */
    public List<FieldProblem> problems(Predicate<String> knownPostcode, Year thisYear) {
        List<FieldProblem> problems = new ArrayList<>(basics.problems(kind, thisYear));
        problems.addAll(reach.problems(knownPostcode));
        problems.addAll(capacity.problems(thisYear));
        for (int i = 0; i < contacts.size(); i++) {
            problems.addAll(contacts.get(i).problems(i + 1));
        }
        return problems;
    }

    /** What a registration needs that this draft lacks: a name and a postcode the gazetteer knows. */
    public List<FieldProblem> registrationProblems(Predicate<String> knownPostcode) {
        List<FieldProblem> problems = new ArrayList<>(Basics.nameProblems(name()));
        problems.addAll(Reach.postcodeProblems(reach.postcode(), knownPostcode));
        return problems;
    }

    public String name() {
        return basics.name();
    }

    public boolean verified() {
        return verification != null;
    }

    public boolean needsRecheck() {
        return verified() && !recheckFields.isEmpty();
    }

    public List<ContactPerson> consentedContacts() {
        return contacts.stream().filter(ContactPerson::consented).toList();
    }

    public Edit withBasics(Basics changed) {
        return edit(basics, changed, new Profile(id, kind, version, changed, reach, capacity, contacts, visibility,
                verification, recheckFields, updatedAt));
    }

    public Edit withReach(Reach changed) {
        return edit(reach, changed, new Profile(id, kind, version, basics, changed, capacity, contacts, visibility,
                verification, recheckFields, updatedAt));
    }

    public Edit withCapacity(Capacity changed) {
        return edit(capacity, changed, new Profile(id, kind, version, basics, reach, changed, contacts, visibility,
                verification, recheckFields, updatedAt));
    }

    Edit withContacts(List<ContactPerson> changed) {
        var before = contactValues(contacts);
        var after = contactValues(changed);
        return edit(before, after, new Profile(id, kind, version, basics, reach, capacity, changed, visibility,
                verification, recheckFields, updatedAt));
    }

    public Edit withVisibility(Visibility changed) {
        return edit(Map.of("visibility", visibility.name()), Map.of("visibility", changed.name()),
                new Profile(id, kind, version, basics, reach, capacity, contacts, changed, verification,
                        recheckFields, updatedAt));
    }

    /** Network staff confirm the profile; this clears any pending re-check. */
    Edit verify(String by, Instant at) {
        Objects.requireNonNull(by);
        var changed = new Profile(id, kind, version, basics, reach, capacity, contacts, visibility,
                new Verification(at, by), Set.of(), updatedAt);
        return new Edit(changed, List.of(new Change("verification", verified() ? verification.by() : "", by)));
    }

    private static Map<String, String> contactValues(List<ContactPerson> contacts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            values.put("contact" + (i + 1), contacts.get(i).summary());
        }
        return values;
    }

    private Edit edit(ProfileSection before, ProfileSection after, Profile changed) {
        return edit(before.fieldValues(), after.fieldValues(), changed);
    }

    private Edit edit(Map<String, String> before, Map<String, String> after, Profile changed) {
        List<Change> changes = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String old = before.getOrDefault(field, "");
            String now = after.getOrDefault(field, "");
            if (!old.equals(now)) {
                changes.add(new Change(field, old, now));
            }
        }
        Set<String> recheck = new LinkedHashSet<>(recheckFields);
        if (verified()) {
            changes.stream().map(Change::field).filter(KEY_FIELDS::contains).forEach(recheck::add);
        }
        var result = new Profile(id, kind, version, changed.basics, changed.reach, changed.capacity, changed.contacts,
                changed.visibility, verification, recheck, updatedAt);
        return new Edit(result, List.copyOf(changes));
    }
}

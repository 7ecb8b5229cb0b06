package de.bruecke.organisation.profile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import de.bruecke.notification.MailAddress;
import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
import de.bruecke.platform.FieldProblem;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Kreis;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The form of each profile step: filled from a profile, and turned back into a profile section with every problem
 * reported at its field. Forms carry strings only, so wrong input comes back as typed, with a message.
 */
@Component
public class ProfileForms {

    static final int MAX_LIST = Reach.MAX_LIST;

    private final Gazetteer gazetteer;
    private final CodeLists codeLists;
    private final ProfileChoices choices;
    private final Clock clock;

    ProfileForms(Gazetteer gazetteer, CodeLists codeLists, ProfileChoices choices, Clock clock) {
        this.clock = clock;
        this.gazetteer = gazetteer;
        this.codeLists = codeLists;
        this.choices = choices;
    }

    public record BasicsForm(String version, String name, String shortName, String institutionType, String legalForm,
            String foundingYear, String registerCourt, String registerNumber, String description, String website,
            String publicEmail, String publicPhone, String umbrellas) {

        public static BasicsForm of(Profile p) {
            Basics b = p.basics();
            return new BasicsForm(String.valueOf(p.version()), b.name(), b.shortName(), text(b.institutionType()),
                    text(b.legalForm()), text(b.foundingYear()), b.registerCourt(), b.registerNumber(),
                    b.description(), b.website(), b.publicEmail(), b.publicPhone(), b.umbrellas());
        }
    }

    public record ReachForm(String version, String street, String postcode, String area, String radiusKm,
            List<String> laender, String kreise, List<String> languages, String moreLanguages,
            List<String> communities, String moreCommunities) {

        public static ReachForm of(Profile p, Gazetteer gazetteer) {
            Reach r = p.reach();
            var kreisNames = gazetteer.kreise().stream().filter(k -> r.kreise().contains(k.key()))
                    .map(Kreis::name).toList();
            return new ReachForm(String.valueOf(p.version()), r.street(), r.postcode(), r.area().name(),
                    text(r.radiusKm()), r.laender(), String.join(", ", kreisNames), r.languages(), "",
                    r.communities(), "");
        }
    }

    public record CapacityForm(String version, List<String> fields, String services, List<String> functions,
            List<String> roles, String members, String volunteers, String paidStaff, String paidStaffFte,
            String budgetBand, String roomsAvailable, String roomsDescription, List<String> cooperationPartner,
            List<String> cooperationTopic, List<String> cooperationYear, List<String> cooperationOutcome) {

        public static CapacityForm of(Profile p) {
            Capacity c = p.capacity();
            List<String> partner = new ArrayList<>();
            List<String> topic = new ArrayList<>();
            List<String> year = new ArrayList<>();
            List<String> outcome = new ArrayList<>();
            for (var cooperation : c.cooperations()) {
                partner.add(cooperation.partnerType());
                topic.add(cooperation.topic());
                year.add(text(cooperation.year()));
                outcome.add(cooperation.outcome());
            }
            return new CapacityForm(String.valueOf(p.version()), names(c.fields()), String.join(", ", c.services()),
                    names(c.functions()), names(c.roles()), text(c.members()), text(c.volunteers()),
                    text(c.paidStaff()), c.paidStaffFte() == null ? "" : c.paidStaffFte().stripTrailingZeros()
                            .toPlainString(), text(c.budgetBand()), c.roomsAvailable() ? "true" : "",
                    c.roomsDescription(), partner, topic, year, outcome);
        }

        public int rows() {
            return Math.max(size(cooperationTopic), size(cooperationPartner)) + 1;
        }

        public String at(List<String> values, int index) {
            return values != null && index < values.size() ? values.get(index) : "";
        }
    }

    record ContactsForm(String version, List<String> contactId, List<String> contactName,
            List<String> contactFunction, List<String> contactEmail, List<String> contactPhone,
            List<String> contactLanguages, List<String> consent) {

        public static ContactsForm of(Profile p, CodeLists codeLists, Locale locale) {
            List<String> id = new ArrayList<>();
            List<String> name = new ArrayList<>();
            List<String> function = new ArrayList<>();
            List<String> email = new ArrayList<>();
            List<String> phone = new ArrayList<>();
            List<String> languages = new ArrayList<>();
            List<String> consent = new ArrayList<>();
            for (int i = 0; i < p.contacts().size(); i++) {
                ContactPerson c = p.contacts().get(i);
                id.add(c.id().toString());
                name.add(c.name());
                function.add(c.function());
                email.add(c.email());
                phone.add(c.phone());
                languages.add(String.join(", ", c.languages().stream().map(l -> codeLists.languageName(l, locale))
                        .toList()));
                if (c.consented()) {
                    consent.add(String.valueOf(i));
                }
            }
            return new ContactsForm(String.valueOf(p.version()), id, name, function, email, phone, languages, consent);
        }

        public int rows() {
            return size(contactName) + 1;
        }

        public String at(List<String> values, int index) {
            return values != null && index < values.size() ? values.get(index) : "";
        }

        public boolean consented(int index) {
            return consent != null && consent.contains(String.valueOf(index));
        }
    }

    public record VisibilityForm(String version, String visibility) {

        public static VisibilityForm of(Profile p) {
            return new VisibilityForm(String.valueOf(p.version()), p.visibility().name());
        }
    }

    public Basics basics(BasicsForm form, OrganisationKind kind, Errors errors) {
        InstitutionType type = kind == OrganisationKind.INSTITUTION
                ? optionalEnum(InstitutionType::valueOf, form.institutionType(), "institutionType", errors) : null;
        Year thisYear = Year.now(clock);
        Basics basics = new Basics(clean(form.name()), optional(form.shortName()), type,
                optionalEnum(LegalForm::valueOf, form.legalForm(), "legalForm", errors),
                integer(form.foundingYear(), "foundingYear", Basics.foundingYears(thisYear), errors),
                optional(form.registerCourt()), optional(form.registerNumber()), optional(form.description()),
                website(form.website()), MailAddress.normalise(clean(form.publicEmail())), clean(form.publicPhone()),
                optional(form.umbrellas()));
        FieldProblem.reject(basics.problems(kind, thisYear), errors);
        return basics;
    }

    public Reach reach(ReachForm form, Locale locale, Errors errors) {
        AreaOfActivity area = requiredEnum(AreaOfActivity::valueOf, form.area(), "area", errors);
        Integer radius = integer(form.radiusKm(), "radiusKm", Reach.RADIUS_KM, errors);
        List<String> laender = list(form.laender()).stream().filter(choices::isLand).distinct().sorted().toList();
        List<String> kreise = kreise(form.kreise(), errors);
        List<String> languages = codes(form.languages(), form.moreLanguages(), "moreLanguages",
                text -> codeLists.languages(text, locale), codeLists::isLanguage, errors);
        List<String> communities = codes(form.communities(), form.moreCommunities(), "moreCommunities",
                text -> codeLists.countries(text, locale), codeLists::isCountry, errors);
        AreaOfActivity chosen = area == null ? AreaOfActivity.LOCAL : area;
        Reach reach = new Reach(optional(form.street()), clean(form.postcode()), chosen,
                chosen == AreaOfActivity.LOCAL ? radius : null, chosen == AreaOfActivity.KREISE ? kreise : List.of(),
                chosen == AreaOfActivity.LAENDER ? laender : List.of(), languages, communities);
        FieldProblem.reject(reach.problems(gazetteer::exists).stream()
                .filter(problem -> area != null || !problem.code().equals("validation.radius.required"))
                .map(problem -> switch (problem.field()) {
                    case "languages" -> problem.at("moreLanguages");
                    case "communities" -> problem.at("moreCommunities");
                    default -> problem;
                }).toList(), errors);
        return reach;
    }

    public Capacity capacity(CapacityForm form, Errors errors) {
        List<ThematicField> fields = enums(ThematicField::valueOf, form.fields());
        List<OrganisationFunction> functions = enums(OrganisationFunction::valueOf, form.functions());
        List<PartnerRole> roles = enums(PartnerRole::valueOf, form.roles());
        List<String> services = new ArrayList<>(new LinkedHashSet<>(split(form.services())));
        Integer members = integer(form.members(), "members", Capacity.MEMBERS, errors);
        Integer volunteers = integer(form.volunteers(), "volunteers", Capacity.VOLUNTEERS, errors);
        Integer paidStaff = integer(form.paidStaff(), "paidStaff", Capacity.PAID_STAFF, errors);
        BigDecimal fte = decimal(form.paidStaffFte(), "paidStaffFte", errors);
        Year thisYear = Year.now(clock);
        List<Capacity.Cooperation> cooperations = new ArrayList<>();
        int rows = Math.max(size(form.cooperationTopic()), size(form.cooperationPartner()));
        for (int i = 0; i < Math.min(rows, MAX_LIST); i++) {
            String partner = clean(form.at(form.cooperationPartner(), i));
            String topic = clean(form.at(form.cooperationTopic(), i));
            String year = clean(form.at(form.cooperationYear(), i));
            String outcome = clean(form.at(form.cooperationOutcome(), i));
            if (partner.isEmpty() && topic.isEmpty() && year.isEmpty() && outcome.isEmpty()) {
                continue;
            }
            Integer parsedYear = parseInt(year);
            var cooperation = new Capacity.Cooperation(partner, topic, parsedYear, outcome);
            List<FieldProblem> problems = !year.isEmpty() && parsedYear == null
                    ? List.of(Capacity.Cooperation.problem(i + 1)) : cooperation.problems(i + 1, thisYear);
            if (problems.isEmpty()) {
                cooperations.add(cooperation);
            }
            problems.forEach(problem -> problem.rejectAt(errors));
        }
        Capacity capacity = new Capacity(fields, services, functions, roles, members, volunteers, paidStaff, fte,
                optionalEnum(BudgetBand::valueOf, form.budgetBand(), "budgetBand", errors),
                "true".equals(form.roomsAvailable()), optional(form.roomsDescription()), cooperations);
        FieldProblem.reject(capacity.problems(thisYear), errors);
        return capacity;
    }

    List<ContactPerson> contacts(ContactsForm form, Profile current, String recordedBy, Locale locale,
            Errors errors) {
        List<ContactPerson> contacts = new ArrayList<>();
        for (int i = 0; i < Math.min(size(form.contactName()), 20); i++) {
            String name = clean(form.at(form.contactName(), i));
            String function = clean(form.at(form.contactFunction(), i));
            String email = MailAddress.normalise(clean(form.at(form.contactEmail(), i)));
            String phone = clean(form.at(form.contactPhone(), i));
            String languageText = clean(form.at(form.contactLanguages(), i));
            if (name.isEmpty() && function.isEmpty() && email.isEmpty() && phone.isEmpty() && languageText.isEmpty()) {
                continue;
            }
            List<String> languages = new ArrayList<>();
            boolean readable = true;
            for (String token : split(languageText)) {
                List<String> found = codeLists.languages(token, locale);
                if (found.isEmpty()) {
                    errors.rejectValue("contactLanguages", "validation.language.unknown", new Object[] {token}, null);
                    readable = false;
                }
                else {
                    languages.add(found.get(0));
                }
            }
            UUID id = parseUuid(form.at(form.contactId(), i));
            ContactPerson existing = current.contacts().stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElse(null);
            ContactPerson.Consent consent = null;
            if (form.consented(i)) {
                boolean sameData = existing != null && existing.consented() && existing.name().equals(name)
                        && existing.email().equals(email) && existing.phone().equals(phone);
                consent = sameData ? existing.consent()
                        : new ContactPerson.Consent(clock.instant(), recordedBy, ContactPerson.CONSENT_TEXT_VERSION);
            }
            var contact = new ContactPerson(existing == null ? UUID.randomUUID() : existing.id(), name, function,
                    email, phone, languages.stream().distinct().toList(), consent);
            List<FieldProblem> problems = contact.problems(i + 1);
            problems.forEach(problem -> problem.rejectAt(errors));
            if (readable && problems.isEmpty()) {
                contacts.add(contact);
            }
        }
        return contacts;
    }

    public Visibility visibility(VisibilityForm form, Errors errors) {
        return requiredEnum(Visibility::valueOf, form.visibility(), "visibility", errors);
    }

    private List<String> kreise(String text, Errors errors) {
        List<String> keys = new ArrayList<>();
        List<Kreis> all = gazetteer.kreise();
        List<String> tokens = split(text);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (i + 1 < tokens.size()) {
                String joined = token + ", " + tokens.get(i + 1);
                if (all.stream().anyMatch(k -> k.name().equalsIgnoreCase(joined))) {
                    token = joined;
                    i++;
                }
            }
            String wanted = token;
            var match = all.stream().filter(k -> k.key().equals(wanted) || k.name().equalsIgnoreCase(wanted))
                    .findFirst()
                    .or(() -> all.stream().filter(k -> k.name().toLowerCase(Locale.ROOT)
                            .startsWith(wanted.toLowerCase(Locale.ROOT))).findFirst());
            if (match.isEmpty()) {
                errors.rejectValue("kreise", "validation.kreis.unknown", new Object[] {wanted}, null);
            }
            else if (!keys.contains(match.get().key())) {
                keys.add(match.get().key());
            }
        }
        return keys;
    }

    private List<String> codes(List<String> picked, String more, String moreField,
            Function<String, List<String>> search, java.util.function.Predicate<String> known, Errors errors) {
        Set<String> codes = new LinkedHashSet<>();
        list(picked).stream().filter(known).forEach(codes::add);
        for (String token : split(more)) {
            List<String> found = search.apply(token);
            if (found.isEmpty()) {
                errors.rejectValue(moreField, "validation.code.unknown", new Object[] {token}, null);
            }
            else {
                codes.add(found.get(0));
            }
        }
        return List.copyOf(codes);
    }

    /** A web address as typed, with {@code https://} added when it has no scheme. */
    private static String website(String value) {
        String url = optional(value);
        return url.isEmpty() || url.matches("(?i)https?://.*") ? url : "https://" + url;
    }

    private static String optional(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n").replace('\u0000', ' ');
    }

    /** A whole number as typed; one that is not a number at all is reported here, one outside the range by its value. */
    private static Integer integer(String value, String field, FieldRules.Range range, Errors errors) {
        String text = clean(value);
        if (text.isEmpty()) {
            return null;
        }
        Integer parsed = parseInt(text);
        if (parsed == null) {
            range.problem(field).rejectAt(errors);
        }
        return parsed;
    }

    private static BigDecimal decimal(String value, String field, Errors errors) {
        String text = clean(value).replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        }
        catch (NumberFormatException invalid) {
            errors.rejectValue(field, "validation.decimal");
            return null;
        }
    }

    private static <E> E requiredEnum(Function<String, E> parse, String value, String field, Errors errors) {
        E parsed = parseEnum(parse, value);
        if (parsed == null) {
            errors.rejectValue(field, "validation.choose");
        }
        return parsed;
    }

    private static <E> E optionalEnum(Function<String, E> parse, String value, String field, Errors errors) {
        E parsed = parseEnum(parse, value);
        if (parsed == null && !clean(value).isEmpty()) {
            errors.rejectValue(field, "validation.choose");
        }
        return parsed;
    }

    private static <E> E parseEnum(Function<String, E> parse, String value) {
        try {
            return clean(value).isEmpty() ? null : parse.apply(clean(value));
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static <E> List<E> enums(Function<String, E> parse, List<String> values) {
        return list(values).stream().map(v -> parseEnum(parse, v)).filter(v -> v != null).distinct().toList();
    }

    public static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).limit(200).toList();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\p{Cntrl}", " ");
    }

    private static Integer parseInt(String value) {
        try {
            return Integer.valueOf(value.strip());
        }
        catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        }
        catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static int version(String value) {
        Integer parsed = value == null ? null : parseInt(value);
        return parsed == null ? -1 : parsed;
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}

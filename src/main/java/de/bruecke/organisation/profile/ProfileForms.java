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
import java.util.regex.Pattern;

import de.bruecke.notification.MailAddress;
import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
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

    static final int MAX_LIST = 50;
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*[a-zA-Z/!]");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()/.\\-]{3,40}");
    private static final Pattern REGISTER_NUMBER = Pattern.compile("[\\p{L}0-9 .\\-/]{0,50}");

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
        String name = required(form.name(), "name", Organisation.MAX_NAME_LENGTH, errors);
        InstitutionType type = kind == OrganisationKind.INSTITUTION
                ? requiredEnum(InstitutionType::valueOf, form.institutionType(), "institutionType", errors) : null;
        Integer founded = integer(form.foundingYear(), "foundingYear", 1800, Year.now(clock).getValue(), errors);
        String description = optional(form.description(), "description", Basics.MAX_DESCRIPTION, errors);
        if (HTML_TAG.matcher(description).find()) {
            errors.rejectValue("description", "validation.noHtml");
        }
        String registerNumber = optional(form.registerNumber(), "registerNumber", 50, errors);
        if (!REGISTER_NUMBER.matcher(registerNumber).matches()) {
            errors.rejectValue("registerNumber", "validation.registerNumber");
        }
        return new Basics(name, optional(form.shortName(), "shortName", 50, errors), type,
                optionalEnum(LegalForm::valueOf, form.legalForm(), "legalForm", errors), founded,
                optional(form.registerCourt(), "registerCourt", 100, errors), registerNumber, description,
                website(form.website(), errors), email(form.publicEmail(), "publicEmail", errors),
                phone(form.publicPhone(), "publicPhone", errors),
                optional(form.umbrellas(), "umbrellas", 500, errors));
    }

    public Reach reach(ReachForm form, Locale locale, Errors errors) {
        String street = optional(form.street(), "street", 200, errors);
        String postcode = clean(form.postcode());
        if (postcode.isEmpty()) {
            errors.rejectValue("postcode", "validation.required");
        }
        else if (!Gazetteer.isWellFormedPostcode(postcode)) {
            errors.rejectValue("postcode", "validation.postcode.format");
        }
        else if (!gazetteer.exists(postcode)) {
            errors.rejectValue("postcode", "validation.postcode.unknown");
        }
        AreaOfActivity area = requiredEnum(AreaOfActivity::valueOf, form.area(), "area", errors);
        Integer radius = integer(form.radiusKm(), "radiusKm", 1, 1000, errors);
        if (area == AreaOfActivity.LOCAL && radius == null && !errors.hasFieldErrors("radiusKm")) {
            errors.rejectValue("radiusKm", "validation.radius.required");
        }
        List<String> laender = list(form.laender()).stream().filter(choices::isLand).distinct().sorted().toList();
        if (area == AreaOfActivity.LAENDER && laender.isEmpty()) {
            errors.rejectValue("laender", "validation.laender.required");
        }
        List<String> kreise = kreise(form.kreise(), errors);
        if (area == AreaOfActivity.KREISE && kreise.isEmpty() && !errors.hasFieldErrors("kreise")) {
            errors.rejectValue("kreise", "validation.kreise.required");
        }
        List<String> languages = codes(form.languages(), form.moreLanguages(), "moreLanguages",
                text -> codeLists.languages(text, locale), codeLists::isLanguage, errors);
        List<String> communities = codes(form.communities(), form.moreCommunities(), "moreCommunities",
                text -> codeLists.countries(text, locale), codeLists::isCountry, errors);
        return new Reach(street, postcode, area == null ? AreaOfActivity.LOCAL : area,
                area == AreaOfActivity.LOCAL ? radius : null, area == AreaOfActivity.KREISE ? kreise : List.of(),
                area == AreaOfActivity.LAENDER ? laender : List.of(), languages, communities);
    }

    public Capacity capacity(CapacityForm form, Errors errors) {
        List<ThematicField> fields = enums(ThematicField::valueOf, form.fields());
        List<OrganisationFunction> functions = enums(OrganisationFunction::valueOf, form.functions());
        List<PartnerRole> roles = enums(PartnerRole::valueOf, form.roles());
        List<String> services = new ArrayList<>(new LinkedHashSet<>(split(form.services())));
        if (services.size() > 30 || services.stream().anyMatch(s -> s.length() > 60)) {
            errors.rejectValue("services", "validation.services");
        }
        Integer members = integer(form.members(), "members", 0, 10_000_000, errors);
        Integer volunteers = integer(form.volunteers(), "volunteers", 0, 10_000_000, errors);
        Integer paidStaff = integer(form.paidStaff(), "paidStaff", 0, 100_000, errors);
        BigDecimal fte = decimal(form.paidStaffFte(), "paidStaffFte", errors);
        if (fte != null && !errors.hasFieldErrors("paidStaffFte") && paidStaff != null
                && fte.compareTo(BigDecimal.valueOf(paidStaff)) > 0) {
            errors.rejectValue("paidStaffFte", "validation.fte.morethanPersons");
        }
        boolean rooms = "true".equals(form.roomsAvailable());
        String roomsDescription = optional(form.roomsDescription(), "roomsDescription", 1000, errors);
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
            boolean knownPartner = partner.equals("MO") || Arrays.stream(InstitutionType.values())
                    .anyMatch(t -> t.name().equals(partner));
            Integer parsedYear = parseInt(year);
            if (!knownPartner || topic.isEmpty() || topic.length() > 200 || outcome.length() > 1000
                    || (!year.isEmpty() && (parsedYear == null || parsedYear < 1950
                            || parsedYear > Year.now(clock).getValue()))) {
                errors.rejectValue("cooperationTopic", "validation.cooperation", new Object[] {i + 1}, null);
                continue;
            }
            cooperations.add(new Capacity.Cooperation(partner, topic, parsedYear, outcome));
        }
        return new Capacity(fields, services, functions, roles, members, volunteers, paidStaff, fte,
                optionalEnum(BudgetBand::valueOf, form.budgetBand(), "budgetBand", errors), rooms, roomsDescription,
                cooperations);
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
            Object[] row = {i + 1};
            boolean valid = true;
            if (name.isEmpty() || name.length() > 200 || function.length() > 200) {
                errors.rejectValue("contactName", "validation.contact.name", row, null);
                valid = false;
            }
            if (!email.isEmpty() && (email.length() > MailAddress.MAX_LENGTH || !MailAddress.isValid(email))) {
                errors.rejectValue("contactEmail", "validation.contact.email", row, null);
                valid = false;
            }
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                errors.rejectValue("contactPhone", "validation.contact.phone", row, null);
                valid = false;
            }
            List<String> languages = new ArrayList<>();
            for (String token : split(languageText)) {
                List<String> found = codeLists.languages(token, locale);
                if (found.isEmpty()) {
                    errors.rejectValue("contactLanguages", "validation.language.unknown", new Object[] {token}, null);
                    valid = false;
                }
                else {
                    languages.add(found.get(0));
                }
            }
            if (!valid) {
                continue;
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
            contacts.add(new ContactPerson(existing == null ? UUID.randomUUID() : existing.id(), name, function, email,
                    phone, languages.stream().distinct().toList(), consent));
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
        if (codes.size() > MAX_LIST) {
            errors.rejectValue(moreField, "validation.tooMany");
        }
        return List.copyOf(codes);
    }

    private String website(String value, Errors errors) {
        String url = optional(value, "website", 300, errors);
        if (url.isEmpty()) {
            return url;
        }
        if (!url.matches("(?i)https?://.*")) {
            url = "https://" + url;
        }
        try {
            var uri = new java.net.URI(url);
            if (uri.getHost() == null || !uri.getHost().contains(".") || url.chars().anyMatch(Character::isWhitespace)) {
                throw new java.net.URISyntaxException(url, "host");
            }
        }
        catch (java.net.URISyntaxException invalid) {
            errors.rejectValue("website", "validation.website");
        }
        return url;
    }

    private String email(String value, String field, Errors errors) {
        String email = MailAddress.normalise(clean(value));
        if (!email.isEmpty() && (email.length() > MailAddress.MAX_LENGTH || !MailAddress.isValid(email))) {
            errors.rejectValue(field, "validation.email");
        }
        return email;
    }

    private String phone(String value, String field, Errors errors) {
        String phone = clean(value);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.rejectValue(field, "validation.phone");
        }
        return phone;
    }

    private static String required(String value, String field, int max, Errors errors) {
        String text = clean(value);
        if (text.isEmpty()) {
            errors.rejectValue(field, "validation.required");
        }
        else if (text.length() > max) {
            errors.rejectValue(field, "validation.tooLong");
        }
        return text;
    }

    private static String optional(String value, String field, int max, Errors errors) {
        String text = value == null ? "" : value.strip().replace("\r\n", "\n").replace('\u0000', ' ');
        if (text.length() > max) {
            errors.rejectValue(field, "validation.tooLong");
        }
        return text;
    }

    private static Integer integer(String value, String field, int min, int max, Errors errors) {
        String text = clean(value);
        if (text.isEmpty()) {
            return null;
        }
        Integer parsed = parseInt(text);
        if (parsed == null || parsed < min || parsed > max) {
            errors.rejectValue(field, "validation.number", new Object[] {String.valueOf(min), String.valueOf(max)}, null);
            return null;
        }
        return parsed;
    }

    private static BigDecimal decimal(String value, String field, Errors errors) {
        String text = clean(value).replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal parsed = new BigDecimal(text);
            if (parsed.signum() < 0 || parsed.compareTo(BigDecimal.valueOf(10_000)) > 0 || parsed.scale() > 2) {
                throw new NumberFormatException(text);
            }
            return parsed;
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

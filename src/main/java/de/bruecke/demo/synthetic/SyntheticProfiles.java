package de.bruecke.demo.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
import de.bruecke.organisation.profile.AreaOfActivity;
import de.bruecke.organisation.profile.Basics;
import de.bruecke.organisation.profile.BudgetBand;
import de.bruecke.organisation.profile.Capacity;
import de.bruecke.organisation.profile.LegalForm;
import de.bruecke.organisation.profile.Profile;
import de.bruecke.organisation.profile.ProfileCopy;
import de.bruecke.organisation.profile.Reach;
import de.bruecke.region.Gazetteer.PopulatedPlace;
import de.bruecke.region.Place;

/**
 * Realistic synthetic organisations for demos and benchmarks. Places are drawn from the real postcodes weighted by
 * population and by how many people with a migration history live in the Land; about one in ten is an institution.
 * Organisation {@code i} depends only on the seed and {@code i}, so a run can be topped up and repeated exactly.
 */
public final class SyntheticProfiles {

    static final String EXTERNAL_ID_PREFIX = "SYN-";
    static final String VERIFIER = "Netzwerkteam (synthetische Daten)";

    /** One generated organisation, its external ID and the place its postcode belongs to. */
    public record Synthetic(String externalId, Profile profile, Place place) {

        ProfileCopy.Row row() {
            return new ProfileCopy.Row(externalId, profile, place);
        }
    }

    private record Noun(String word, char gender, List<ThematicField> fields) {
    }

    private record Group(String word, List<ThematicField> fields) {
    }

    /** Share of people with a migration history per Land, in per cent (Mikrozensus, rounded). */
    private static final double[] MIGRATION_SHARE = {0, 19, 37, 25, 38, 32, 36, 27, 36, 28, 26, 35, 11, 9, 10, 10, 10};

    private static final List<Noun> NOUNS = List.of(
            new Noun("Kulturverein", 'm', List.of(ThematicField.CULTURE)),
            new Noun("Elternverein", 'm', List.of(ThematicField.FAMILY, ThematicField.EDUCATION)),
            new Noun("Frauenverein", 'm', List.of(ThematicField.WOMEN)),
            new Noun("Sportverein", 'm', List.of(ThematicField.SPORT, ThematicField.YOUTH)),
            new Noun("Jugendverband", 'm', List.of(ThematicField.YOUTH)),
            new Noun("Akademikerverein", 'm', List.of(ThematicField.LABOUR_MARKET, ThematicField.RECOGNITION)),
            new Noun("Unternehmerverband", 'm', List.of(ThematicField.BUSINESS, ThematicField.LABOUR_MARKET)),
            new Noun("Bildungsverein", 'm', List.of(ThematicField.EDUCATION, ThematicField.LANGUAGE_COURSES)),
            new Noun("Freundschaftsverein", 'm', List.of(ThematicField.CULTURE)),
            new Noun("Seniorentreff", 'm', List.of(ThematicField.SENIORS)),
            new Noun("Integrationsverein", 'm', List.of(ThematicField.SOCIAL_COUNSELLING, ThematicField.LABOUR_MARKET)),
            new Noun("Kulturzentrum", 'n', List.of(ThematicField.CULTURE)),
            new Noun("Frauennetzwerk", 'n', List.of(ThematicField.WOMEN, ThematicField.LABOUR_MARKET)),
            new Noun("Begegnungszentrum", 'n', List.of(ThematicField.CULTURE, ThematicField.SOCIAL_COUNSELLING)),
            new Noun("Bildungszentrum", 'n', List.of(ThematicField.EDUCATION, ThematicField.VOCATIONAL_TRAINING)),
            new Noun("Beratungszentrum", 'n', List.of(ThematicField.SOCIAL_COUNSELLING, ThematicField.RECOGNITION)),
            new Noun("Jugendforum", 'n', List.of(ThematicField.YOUTH, ThematicField.POLITICAL_PARTICIPATION)),
            new Noun("Familienzentrum", 'n', List.of(ThematicField.FAMILY)),
            new Noun("Elternnetzwerk", 'n', List.of(ThematicField.FAMILY, ThematicField.EDUCATION)),
            new Noun("Gemeinde", 'f', List.of(ThematicField.RELIGION, ThematicField.CULTURE)),
            new Noun("Initiative", 'f', List.of(ThematicField.REFUGEES, ThematicField.SOCIAL_COUNSELLING)),
            new Noun("Gesellschaft", 'f', List.of(ThematicField.CULTURE, ThematicField.POLITICAL_PARTICIPATION)),
            new Noun("Elterninitiative", 'f', List.of(ThematicField.EDUCATION, ThematicField.FAMILY)),
            new Noun("Selbsthilfegruppe", 'f', List.of(ThematicField.HEALTH, ThematicField.REFUGEES)),
            new Noun("Frauengruppe", 'f', List.of(ThematicField.WOMEN)),
            new Noun("Akademie", 'f', List.of(ThematicField.EDUCATION, ThematicField.VOCATIONAL_TRAINING)),
            new Noun("Tanzgruppe", 'f', List.of(ThematicField.CULTURE, ThematicField.YOUTH)));

    private static final List<String> HEADS = List.of("Verband", "Bund", "Verein", "Netzwerk", "Forum",
            "Vereinigung", "Union");

    private static final List<Group> GROUPS = List.of(
            new Group("Frauen", List.of(ThematicField.WOMEN)),
            new Group("Unternehmer", List.of(ThematicField.BUSINESS, ThematicField.LABOUR_MARKET)),
            new Group("Ärztinnen und Ärzte", List.of(ThematicField.HEALTH, ThematicField.RECOGNITION)),
            new Group("Akademikerinnen und Akademiker", List.of(ThematicField.LABOUR_MARKET, ThematicField.RECOGNITION)),
            new Group("Eltern", List.of(ThematicField.FAMILY, ThematicField.EDUCATION)),
            new Group("Studierender", List.of(ThematicField.EDUCATION, ThematicField.YOUTH)),
            new Group("Ingenieurinnen und Ingenieure", List.of(ThematicField.LABOUR_MARKET, ThematicField.RECOGNITION)),
            new Group("Lehrkräfte", List.of(ThematicField.EDUCATION, ThematicField.LANGUAGE_COURSES)),
            new Group("Jugendlicher", List.of(ThematicField.YOUTH, ThematicField.SPORT)));

    private static final List<String> STREETS = List.of("Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße",
            "Dorfstraße", "Bergstraße", "Lindenstraße", "Kirchstraße", "Goethestraße", "Schillerstraße",
            "Friedrichstraße", "Mühlenweg", "Ringstraße", "Am Markt", "Wilhelmstraße", "Parkstraße", "Blumenstraße",
            "Rosenweg", "Marktplatz", "Waldstraße", "Beethovenstraße", "Kantstraße", "Industriestraße");

    private static final List<String> OPENINGS = List.of(
            "Wir sind ein Treffpunkt für die %se Community in %s.",
            "Seit %3$d bringen wir Familien aus der %1$sen Community in %2$s zusammen.",
            "Ehrenamtliche Arbeit von und für Menschen aus der %sen Community in %s und Umgebung.",
            "Wir sind eine Anlaufstelle für Menschen aus der %sen Community in %s.");

    private static final List<String> COOPERATION_TOPICS = List.of("Erstberatung für Zugewanderte",
            "Arbeitsmarktgespräch", "Sprachmittlung", "Bewerbungstraining", "Elternabende an Schulen",
            "Infoveranstaltung Anerkennung", "Gesundheitstag", "Mentoring für Jugendliche", "Stadtteilfest",
            "Qualifizierung von Lotsinnen und Lotsen");

    private static final List<String> COOPERATION_OUTCOMES = List.of("Gut gelaufen, wird fortgesetzt.",
            "Viele Teilnehmende erreicht.", "Abgeschlossen.", "Schwierig wegen fehlender Mittel.", "");

    private final long seed;
    private final List<PopulatedPlace> places;
    private final double[] cumulative;
    private final int currentYear;
    private final Instant updatedBefore;
    private final double[] communityWeightsWest;
    private final double[] communityWeightsEast;

    SyntheticProfiles(long seed, List<PopulatedPlace> places, int currentYear) {
        if (places.isEmpty()) {
            throw new IllegalArgumentException("no places");
        }
        this.seed = seed;
        this.places = List.copyOf(places);
        this.currentYear = currentYear;
        this.updatedBefore = LocalDate.of(currentYear, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        this.cumulative = new double[places.size()];
        double sum = 0;
        for (int i = 0; i < places.size(); i++) {
            PopulatedPlace p = places.get(i);
            sum += p.population() * migrationShare(p.place().landKey());
            cumulative[i] = sum;
        }
        communityWeightsWest = SyntheticCommunity.ALL.stream().mapToDouble(SyntheticCommunity::weight).toArray();
        communityWeightsEast = SyntheticCommunity.ALL.stream().mapToDouble(c -> c.weight() * c.eastFactor())
                .toArray();
    }

    static String externalId(int index) {
        return EXTERNAL_ID_PREFIX + String.format(Locale.ROOT, "%07d", index);
    }

    Synthetic generate(int index) {
        var random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
        UUID id = uuid(random);
        Place place = drawPlace(random);
        Instant updated = updatedBefore.minus(Duration.ofMinutes(random.nextLong(3L * 365 * 24 * 60)));
        Profile profile = random.nextDouble() < 0.1 ? institution(id, place, updated, random)
                : migrantOrganisation(id, place, updated, random);
        return new Synthetic(externalId(index), profile, place);
    }

    private Profile migrantOrganisation(UUID id, Place place, Instant updated, SplittableRandom random) {
        boolean east = isEast(place.landKey());
        SyntheticCommunity community = SyntheticCommunity.ALL.get(weighted(random,
                east ? communityWeightsEast : communityWeightsWest));
        int countryIndex = random.nextInt(community.countries().size());
        String adjective = !community.adjectives().isEmpty() && (community.generalAdjectives().isEmpty()
                || random.nextDouble() < 0.75) ? community.adjectives().get(countryIndex)
                        : pick(random, community.generalAdjectives());
        LegalForm legalForm = legalForm(random);
        String city = place.name();
        Set<ThematicField> fields = new LinkedHashSet<>();
        String head;
        String location = city;
        double pattern = random.nextDouble();
        if (pattern < 0.45) {
            Noun noun = pick(random, NOUNS);
            fields.addAll(noun.fields());
            String prefix = community.adjectives().isEmpty() || random.nextDouble() < 0.8 ? "" : "Deutsch-";
            head = prefix + decline(adjective, noun.gender()) + " " + noun.word();
        }
        else if (pattern < 0.65) {
            Group group = pick(random, GROUPS);
            fields.addAll(group.fields());
            head = pick(random, HEADS) + " " + adjective + "er " + group.word();
        }
        else if (pattern < 0.9) {
            Noun noun = pick(random, NOUNS);
            fields.addAll(noun.fields());
            head = random.nextBoolean() ? pick(random, community.ownNames())
                    : pick(random, community.ownNames()) + " – " + decline(adjective, noun.gender()) + " "
                            + noun.word();
        }
        else {
            Noun noun = pick(random, NOUNS);
            fields.addAll(noun.fields());
            head = decline(adjective, noun.gender()) + " " + noun.word();
            location = area(place);
        }
        String name = head + " " + location + suffix(legalForm);
        community.typicalFields().stream().filter(f -> random.nextDouble() < 0.35).forEach(fields::add);
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            fields.add(pick(random, Arrays.asList(ThematicField.values())));
        }
        int founded = community.foundedFrom() + (int) ((currentYear - community.foundedFrom())
                * Math.sqrt(random.nextDouble()));
        List<String> languages = codes(random, community.languages(), 0.3);
        if (!languages.contains("de") && random.nextDouble() < 0.85) {
            languages.add("de");
        }
        List<String> communities = new ArrayList<>();
        communities.add(community.countries().get(countryIndex));
        community.countries().stream().filter(c -> !communities.contains(c) && random.nextDouble() < 0.25)
                .forEach(communities::add);

        Integer members = random.nextDouble() < 0.1 ? null
                : (int) Math.max(5, Math.min(5000, Math.round(Math.exp(Math.log(45) + random.nextGaussian()))));
        Integer volunteers = members == null || random.nextDouble() < 0.1 ? null
                : Math.max(1, (int) (members * (0.1 + 0.4 * random.nextDouble())));
        double staffDraw = random.nextDouble();
        boolean paidStructure = legalForm == LegalForm.NON_PROFIT_LIMITED || staffDraw < 0.37;
        Integer paidStaff = null;
        if (paidStructure) {
            paidStaff = 1 + (int) Math.min(60, -Math.log(1 - random.nextDouble()) * 2.5);
        }
        else if (staffDraw < 0.78) {
            paidStaff = 0;
        }
        BigDecimal fte = paidStaff == null || paidStaff == 0 ? null
                : BigDecimal.valueOf(paidStaff * (0.3 + 0.7 * random.nextDouble())).multiply(BigDecimal.valueOf(20))
                        .setScale(0, RoundingMode.HALF_UP).divide(BigDecimal.valueOf(20), 2, RoundingMode.HALF_UP)
                        .max(new BigDecimal("0.25"));
        BudgetBand budget = random.nextDouble() < 0.25 ? null : budget(paidStaff, random);
        boolean rooms = random.nextDouble() < 0.3;

        List<ThematicField> fieldList = List.copyOf(fields);
        String description = String.format(Locale.GERMAN, pick(random, OPENINGS),
                adjective.toLowerCase(Locale.GERMAN), city, founded) + " " + fieldSentence(fieldList.get(0));
        String slug = slug(name);
        var basics = new Basics(name, shortName(head, location, random), null, legalForm, founded,
                legalForm == LegalForm.REGISTERED_ASSOCIATION && random.nextDouble() < 0.7 ? "Amtsgericht " + city
                        : "",
                legalForm == LegalForm.REGISTERED_ASSOCIATION && random.nextDouble() < 0.7
                        ? "VR " + (1000 + random.nextInt(40000)) : "",
                description, random.nextDouble() < 0.6 ? "https://" + slug + ".example" : "",
                random.nextDouble() < 0.7 ? "info@" + slug + ".example" : "",
                random.nextDouble() < 0.5 ? phone(random) : "",
                random.nextDouble() < 0.15 ? "Paritätischer Wohlfahrtsverband" : "");
        var capacity = new Capacity(fieldList, services(fieldList, random), functions(random), roles(paidStaff, random),
                members, volunteers, paidStaff, fte, budget, rooms,
                rooms ? "Gruppenraum für " + (10 + random.nextInt(5) * 10) + " Personen, abends und am Wochenende" : "",
                cooperations(founded, random));
        Visibility visibility = visibility(random, 0.75, 0.15);
        return new Profile(new OrganisationId(id), OrganisationKind.MO, 0, basics,
                reach(place, languages, communities, random), capacity,
                List.of(), visibility, verification(updated, random), Set.of(), updated);
    }

    private Profile institution(UUID id, Place place, Instant updated, SplittableRandom random) {
        String city = place.name();
        String area = area(place);
        InstitutionType type = InstitutionType.values()[weighted(random, new double[] {12, 8, 4, 4, 25, 15, 20, 10, 2})];
        String name;
        LegalForm legalForm = LegalForm.PUBLIC_BODY;
        List<ThematicField> fields;
        String description;
        switch (type) {
            case JOBCENTER -> {
                name = "Jobcenter " + area;
                fields = List.of(ThematicField.LABOUR_MARKET, ThematicField.SOCIAL_COUNSELLING);
                description = "Grundsicherung für Arbeitsuchende in " + city + ": Beratung, Vermittlung und Förderung.";
            }
            case EMPLOYMENT_AGENCY -> {
                name = "Agentur für Arbeit " + area;
                fields = List.of(ThematicField.LABOUR_MARKET, ThematicField.VOCATIONAL_TRAINING);
                description = "Berufsberatung, Arbeitsvermittlung und Förderung von Weiterbildung in " + city + ".";
            }
            case CHAMBER_OF_COMMERCE -> {
                name = "IHK " + area;
                fields = List.of(ThematicField.RECOGNITION, ThematicField.VOCATIONAL_TRAINING, ThematicField.BUSINESS);
                description = "Anerkennung ausländischer Berufsabschlüsse, Ausbildung und Gründungsberatung.";
            }
            case CHAMBER_OF_CRAFTS -> {
                name = "Handwerkskammer " + area;
                fields = List.of(ThematicField.VOCATIONAL_TRAINING, ThematicField.RECOGNITION);
                description = "Ausbildung, Meisterprüfung und Anerkennung im Handwerk.";
            }
            case WELFARE_ASSOCIATION -> {
                name = pick(random, List.of("Caritasverband ", "Diakonisches Werk ", "AWO Kreisverband ",
                        "DRK Kreisverband ", "Der Paritätische, Kreisgruppe ")) + city;
                legalForm = LegalForm.REGISTERED_ASSOCIATION;
                name = name + " e.V.";
                fields = List.of(ThematicField.SOCIAL_COUNSELLING, ThematicField.REFUGEES, ThematicField.FAMILY);
                description = "Migrationsberatung, Familienhilfe und Begleitung von Geflüchteten in " + city + ".";
            }
            case MUNICIPALITY -> {
                name = pick(random, List.of("Integrationsbüro der Stadt ", "Kommunales Integrationszentrum ",
                        "Amt für Integration ")) + area;
                fields = List.of(ThematicField.POLITICAL_PARTICIPATION, ThematicField.SOCIAL_COUNSELLING);
                description = "Koordiniert die Integrationsarbeit in " + city + " und fördert Migrantenorganisationen.";
            }
            case EDUCATION_PROVIDER -> {
                boolean vhs = random.nextBoolean();
                name = (vhs ? "Volkshochschule " : pick(random, List.of("Bildungswerk ", "Berufsbildungszentrum ",
                        "Sprachschule "))) + city;
                legalForm = vhs ? LegalForm.PUBLIC_BODY : LegalForm.NON_PROFIT_LIMITED;
                name = vhs ? name : name + " gGmbH";
                fields = List.of(ThematicField.LANGUAGE_COURSES, ThematicField.EDUCATION,
                        ThematicField.VOCATIONAL_TRAINING);
                description = "Integrationskurse, Berufssprachkurse und Weiterbildung in " + city + ".";
            }
            case COUNSELLING_SERVICE -> {
                name = pick(random, List.of("Migrationsberatung für Erwachsene ", "Jugendmigrationsdienst ",
                        "Beratungsstelle Anerkennung ")) + city;
                legalForm = LegalForm.REGISTERED_ASSOCIATION;
                fields = List.of(ThematicField.SOCIAL_COUNSELLING, ThematicField.RECOGNITION);
                description = "Kostenlose Beratung zu Aufenthalt, Anerkennung, Arbeit und Familie.";
            }
            default -> {
                name = "Stiftung Bürgerengagement " + city;
                legalForm = LegalForm.FOUNDATION;
                fields = List.of(ThematicField.POLITICAL_PARTICIPATION);
                description = "Fördert Ehrenamt und Teilhabe in " + city + ".";
            }
        }
        List<String> languages = new ArrayList<>(List.of("de"));
        if (random.nextBoolean()) {
            languages.add("en");
        }
        List.of("ar", "tr", "ru", "uk", "fa").stream().filter(l -> random.nextDouble() < 0.15).forEach(languages::add);
        String slug = slug(name);
        int paid = 5 + (int) (-Math.log(1 - random.nextDouble()) * 60);
        var basics = new Basics(name, "", type, legalForm, 1950 + random.nextInt(currentYear - 1950), "", "",
                description, "https://" + slug + ".example", "kontakt@" + slug + ".example", phone(random), "");
        var capacity = new Capacity(fields, List.of(), List.of(), List.of(), null, null, paid,
                BigDecimal.valueOf(paid).multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP),
                paid > 20 ? BudgetBand.OVER_500K : BudgetBand.UP_TO_500K, random.nextDouble() < 0.5,
                "", List.of());
        var reach = new Reach(street(random), place.postcode(), AreaOfActivity.KREISE, null, List.of(place.kreisKey()),
                List.of(), languages, List.of());
        return new Profile(new OrganisationId(id), OrganisationKind.INSTITUTION, 0, basics, reach, capacity, List.of(),
                visibility(random, 0.95, 0.04), null, Set.of(), updated);
    }

    private Place drawPlace(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found : -found - 1;
        return places.get(Math.min(index, places.size() - 1)).place();
    }

    private static double migrationShare(String landKey) {
        int key = Integer.parseInt(landKey);
        return key > 0 && key < MIGRATION_SHARE.length ? MIGRATION_SHARE[key] : 20;
    }

    /** The Kreis a place belongs to, as people name it: "Hochtaunuskreis", "Rosenheim" for "Landkreis Rosenheim". */
    private static String area(Place place) {
        return place.kreisName().replaceFirst("^(Landkreis|Kreis|Stadtkreis|Kreisfreie Stadt|Regionalverband|Region) ",
                "");
    }

    private static boolean isEast(String landKey) {
        return landKey.compareTo("12") >= 0;
    }

    private static String decline(String adjective, char gender) {
        return adjective + (gender == 'm' ? "er" : gender == 'n' ? "es" : "e");
    }

    private static LegalForm legalForm(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.78 ? LegalForm.REGISTERED_ASSOCIATION : r < 0.90 ? LegalForm.INITIATIVE
                : r < 0.94 ? LegalForm.NON_PROFIT_LIMITED : r < 0.96 ? LegalForm.CIVIL_PARTNERSHIP
                        : r < 0.97 ? LegalForm.COOPERATIVE : r < 0.98 ? LegalForm.FOUNDATION : LegalForm.OTHER;
    }

    private static String suffix(LegalForm legalForm) {
        return switch (legalForm) {
            case REGISTERED_ASSOCIATION -> " e.V.";
            case NON_PROFIT_LIMITED -> " gGmbH";
            case COOPERATIVE -> " eG";
            default -> "";
        };
    }

    private static String shortName(String head, String location, SplittableRandom random) {
        if (random.nextDouble() < 0.6) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : head.split("[ \\-–]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        String shortName = initials.length() < 2 ? "" : initials + " " + location;
        return shortName.length() > 50 ? "" : shortName;
    }

    private static BudgetBand budget(Integer paidStaff, SplittableRandom random) {
        if (paidStaff == null || paidStaff == 0) {
            return pick(random, List.of(BudgetBand.NONE, BudgetBand.UP_TO_5K, BudgetBand.UP_TO_5K, BudgetBand.UP_TO_25K));
        }
        return paidStaff <= 2 ? BudgetBand.UP_TO_100K : paidStaff <= 10 ? BudgetBand.UP_TO_500K : BudgetBand.OVER_500K;
    }

    private static List<OrganisationFunction> functions(SplittableRandom random) {
        double[] chance = {0.6, 0.7, 0.45, 0.25};
        List<OrganisationFunction> functions = new ArrayList<>();
        for (OrganisationFunction function : OrganisationFunction.values()) {
            if (random.nextDouble() < chance[function.ordinal()]) {
                functions.add(function);
            }
        }
        return functions.isEmpty() ? List.of(OrganisationFunction.BRIDGE) : functions;
    }

    private static List<PartnerRole> roles(Integer paidStaff, SplittableRandom random) {
        boolean paid = paidStaff != null && paidStaff > 0;
        double[] chance = {0.45, 0.25, 0.4, paid ? 0.4 : 0.08, 0.3, 0.1};
        List<PartnerRole> roles = new ArrayList<>();
        for (PartnerRole role : PartnerRole.values()) {
            if (random.nextDouble() < chance[role.ordinal()]) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static List<String> services(List<ThematicField> fields, SplittableRandom random) {
        Set<String> services = new LinkedHashSet<>();
        for (ThematicField field : fields) {
            List<String> offered = switch (field) {
                case LABOUR_MARKET -> List.of("Bewerbungstraining", "Jobbörse", "Begleitung zum Jobcenter");
                case RECOGNITION -> List.of("Anerkennungsberatung", "Übersetzung von Zeugnissen");
                case EDUCATION -> List.of("Hausaufgabenhilfe", "Nachhilfe", "Elternabende");
                case LANGUAGE_COURSES -> List.of("Sprachcafé", "Deutschkurs", "Herkunftssprachlicher Unterricht");
                case VOCATIONAL_TRAINING -> List.of("Ausbildungsmesse", "Praktikumsvermittlung");
                case CULTURE -> List.of("Feste", "Theatergruppe", "Chor", "Lesungen");
                case RELIGION -> List.of("Gebetsraum", "Religiöse Feste");
                case SPORT -> List.of("Fußball", "Volkstanz", "Schwimmkurs für Frauen");
                case YOUTH -> List.of("Jugendtreff", "Mentoring", "Ferienfreizeit");
                case WOMEN -> List.of("Frauenfrühstück", "Frauencafé", "Nähkurs");
                case SENIORS -> List.of("Seniorencafé", "Besuchsdienst");
                case FAMILY -> List.of("Elternberatung", "Eltern-Kind-Gruppe");
                case HEALTH -> List.of("Begleitung zu Arztbesuchen", "Gesundheitslotsen");
                case SOCIAL_COUNSELLING -> List.of("Sozialberatung", "Hilfe bei Anträgen", "Dolmetschen");
                case REFUGEES -> List.of("Begleitung zu Behörden", "Willkommenscafé", "Dolmetschen");
                case BUSINESS -> List.of("Gründungsberatung", "Unternehmerstammtisch");
                case ANTI_DISCRIMINATION -> List.of("Antidiskriminierungsberatung", "Empowerment-Workshops");
                case POLITICAL_PARTICIPATION -> List.of("Integrationsbeirat", "Podiumsdiskussionen");
                case HOUSING -> List.of("Hilfe bei der Wohnungssuche");
                case ENVIRONMENT -> List.of("Gemeinschaftsgarten");
            };
            services.add(pick(random, offered));
        }
        return List.copyOf(services);
    }

    private static String fieldSentence(ThematicField field) {
        return switch (field) {
            case LABOUR_MARKET -> "Wir begleiten Menschen bei Arbeitssuche und Bewerbung.";
            case RECOGNITION -> "Wir beraten zur Anerkennung ausländischer Berufsabschlüsse.";
            case EDUCATION -> "Wir bieten Hausaufgabenhilfe und Elternabende an.";
            case LANGUAGE_COURSES -> "Unsere Sprachcafés und Deutschkurse sind offen für alle.";
            case VOCATIONAL_TRAINING -> "Wir informieren Jugendliche über Ausbildung und Praktika.";
            case CULTURE -> "Wir organisieren Feste, Konzerte und Lesungen.";
            case RELIGION -> "Wir laden zu Gebeten und religiösen Festen ein.";
            case SPORT -> "Fußball, Volleyball und Tanz für alle Altersgruppen.";
            case YOUTH -> "Jugendliche finden bei uns Freizeitangebote und Mentoring.";
            case WOMEN -> "Frauen stärken Frauen: Austausch, Beratung und Kurse.";
            case SENIORS -> "Ältere Menschen treffen sich bei uns zum Austausch.";
            case FAMILY -> "Wir unterstützen Eltern in Fragen von Schule und Erziehung.";
            case HEALTH -> "Wir begleiten zu Arztbesuchen und informieren über Gesundheit.";
            case SOCIAL_COUNSELLING -> "Wir helfen bei Anträgen, Behördengängen und Briefen.";
            case REFUGEES -> "Geflüchtete finden bei uns Orientierung und Begleitung.";
            case BUSINESS -> "Wir vernetzen Gründerinnen und Gründer und beraten zur Selbstständigkeit.";
            case ANTI_DISCRIMINATION -> "Wir beraten bei Diskriminierung und stärken Betroffene.";
            case POLITICAL_PARTICIPATION -> "Wir setzen uns für die politische Teilhabe von Zugewanderten ein.";
            case HOUSING -> "Wir helfen bei der Wohnungssuche.";
            case ENVIRONMENT -> "Gemeinsam gärtnern wir und schützen die Umwelt.";
        };
    }

    private List<Capacity.Cooperation> cooperations(int founded, SplittableRandom random) {
        if (random.nextDouble() >= 0.15) {
            return List.of();
        }
        List<Capacity.Cooperation> cooperations = new ArrayList<>();
        int from = Math.max(founded, 2005);
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            String partner = pick(random, List.of("MO", "JOBCENTER", "EMPLOYMENT_AGENCY", "MUNICIPALITY",
                    "WELFARE_ASSOCIATION", "EDUCATION_PROVIDER"));
            cooperations.add(new Capacity.Cooperation(partner, pick(random, COOPERATION_TOPICS),
                    from >= currentYear ? currentYear : from + random.nextInt(currentYear - from + 1),
                    pick(random, COOPERATION_OUTCOMES)));
        }
        return cooperations;
    }

    private Reach reach(Place place, List<String> languages, List<String> communities, SplittableRandom random) {
        double r = random.nextDouble();
        String street = street(random);
        if (r < 0.7) {
            return new Reach(street, place.postcode(), AreaOfActivity.LOCAL, pick(random, List.of(10, 25, 25, 50)),
                    List.of(), List.of(), languages, communities);
        }
        if (r < 0.82) {
            return new Reach(street, place.postcode(), AreaOfActivity.KREISE, null, List.of(place.kreisKey()),
                    List.of(), languages, communities);
        }
        if (r < 0.92) {
            return new Reach(street, place.postcode(), AreaOfActivity.LAENDER, null, List.of(),
                    List.of(place.landKey()), languages, communities);
        }
        return new Reach(street, place.postcode(), AreaOfActivity.NATIONWIDE, null, List.of(), List.of(), languages,
                communities);
    }

    private static Visibility visibility(SplittableRandom random, double publicShare, double networkShare) {
        double r = random.nextDouble();
        return r < publicShare ? Visibility.PUBLIC : r < publicShare + networkShare ? Visibility.NETWORK
                : Visibility.PRIVATE;
    }

    private static Profile.Verification verification(Instant updated, SplittableRandom random) {
        return random.nextDouble() < 0.2 ? new Profile.Verification(updated.plus(Duration.ofDays(random.nextInt(1, 30))),
                VERIFIER) : null;
    }

    private static String street(SplittableRandom random) {
        return pick(random, STREETS) + " " + (1 + random.nextInt(120));
    }

    private static String phone(SplittableRandom random) {
        return "0" + (2 + random.nextInt(8)) + random.nextInt(10, 1000) + " " + random.nextInt(100_000, 10_000_000);
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe")
                .replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "verein" : slug;
    }

    private static List<String> codes(SplittableRandom random, List<String> codes, double chance) {
        List<String> chosen = new ArrayList<>();
        chosen.add(codes.get(0));
        codes.stream().skip(1).filter(c -> random.nextDouble() < chance).forEach(chosen::add);
        return chosen;
    }

    private static UUID uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

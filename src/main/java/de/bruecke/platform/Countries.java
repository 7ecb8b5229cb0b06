package de.bruecke.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Countries of origin and communities: every ISO 3166-1 alpha-2 country of Java's locale data plus XK (Kosovo). Codes are
 * upper case.
 */
@Component
public class Countries {

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}");

    /** User-assigned codes in wide use that ISO 3166-1 lacks. */
    private static final List<String> EXTRA_CODES = List.of("XK");

    /** The one language a country is clearly known by, for its native name. */
    private static final String MAIN_LANGUAGES = """
            AF=fa AL=sq AM=hy AO=pt AR=es AT=de AZ=az BA=bs BD=bn BF=fr BG=bg BI=rn BJ=fr BO=es BR=pt BY=be CD=fr CG=fr \
            CI=fr CL=es CM=fr CN=zh CO=es CR=es CU=es CV=pt CY=el CZ=cs DE=de DJ=fr DK=da DO=es DZ=ar EC=es EE=et EG=ar \
            ER=ti ES=es ET=am FI=fi FR=fr GA=fr GE=ka GN=fr GR=el GT=es GW=pt HN=es HR=hr HT=fr HU=hu ID=id IL=he IQ=ar \
            IR=fa IS=is IT=it JO=ar JP=ja KG=ky KH=km KP=ko KR=ko KW=ar KZ=kk LA=lo LB=ar LK=si LT=lt LV=lv LY=ar MA=ar \
            MD=ro MG=mg MK=mk ML=fr MM=my MN=mn MR=ar MX=es MZ=pt NE=fr NI=es NL=nl NO=nb NP=ne OM=ar PA=es PE=es PK=ur \
            PL=pl PS=ar PT=pt PY=es QA=ar RO=ro RS=sr RU=ru RW=rw SA=ar SD=ar SE=sv SI=sl SK=sk SN=fr SO=so ST=pt SV=es \
            SY=ar TD=fr TG=fr TH=th TJ=tg TM=tk TN=ar TR=tr TZ=sw UA=uk UY=es UZ=uz VE=es VN=vi XK=sq YE=ar AE=ar BH=ar
            """;

    /** Other names people search for. */
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("GB", List.of("Großbritannien", "England", "Great Britain", "UK")),
            Map.entry("US", List.of("USA", "Amerika", "America")),
            Map.entry("NL", List.of("Holland")),
            Map.entry("CI", List.of("Elfenbeinküste", "Ivory Coast")),
            Map.entry("MK", List.of("Mazedonien", "Macedonia")),
            Map.entry("CZ", List.of("Tschechische Republik", "Czech Republic")),
            Map.entry("SZ", List.of("Swasiland", "Swaziland")),
            Map.entry("MM", List.of("Birma", "Burma")),
            Map.entry("PS", List.of("Palästina", "Palestine", "فلسطين")),
            Map.entry("KR", List.of("Südkorea", "South Korea")),
            Map.entry("KP", List.of("Nordkorea", "North Korea")),
            Map.entry("AE", List.of("VAE", "UAE", "Emirate", "Emirates")),
            Map.entry("CD", List.of("Kongo", "Congo", "DR Kongo", "DR Congo")),
            Map.entry("CG", List.of("Kongo", "Congo")),
            Map.entry("TR", List.of("Türkei", "Türkiye", "Turkey")),
            Map.entry("BY", List.of("Weißrussland", "Belarus")),
            Map.entry("CV", List.of("Kapverden", "Cape Verde")),
            Map.entry("TL", List.of("Osttimor", "East Timor")));

    private final Map<String, Country> byCode;
    private final Map<String, String> twoLetterByThreeLetter;
    private final NameSearch<Country> search;

    public Countries() {
        Map<String, String> mainLanguages = new HashMap<>();
        for (String pair : MAIN_LANGUAGES.strip().split("\\s+")) {
            mainLanguages.put(pair.substring(0, 2), pair.substring(3));
        }
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.addAll(EXTRA_CODES);
        Map<String, Country> countries = new LinkedHashMap<>();
        Map<String, String> threeLetter = new HashMap<>();
        for (String code : codes) {
            Locale region = new Locale("", code);
            Optional<String> german = javaName(region, Locale.GERMAN);
            Optional<String> english = javaName(region, Locale.ENGLISH);
            if (german.isEmpty() || english.isEmpty()) {
                continue;
            }
            String nativeName = Optional.ofNullable(mainLanguages.get(code))
                    .flatMap(language -> javaName(region, Locale.forLanguageTag(language))).orElse(english.get());
            countries.put(code, new Country(code, german.get(), english.get(), nativeName,
                    ALIASES.getOrDefault(code, List.of())));
            try {
                threeLetter.put(region.getISO3Country(), code);
            }
            catch (MissingResourceException e) {
                // user-assigned codes have no three-letter form
            }
        }
        this.byCode = Collections.unmodifiableMap(countries);
        this.twoLetterByThreeLetter = Map.copyOf(threeLetter);
        this.search = new NameSearch<>(new ArrayList<>(countries.values()), Country::code, Country::name,
                Countries::names);
    }

    /** The country with this code (alpha-2 or alpha-3, any case). */
    public Optional<Country> find(String code) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(byCode.get(twoLetterByThreeLetter.getOrDefault(upper, upper)));
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    /** All countries, sorted by their name in the reader's language (German when null). */
    public List<Country> all(Locale uiLanguage) {
        return search.all(uiLanguage);
    }

    /**
     * Countries whose code, German, English, native or UI name matches the query, ignoring case and accents: the code
     * first, then names starting with the query, then words starting with it, then names containing it. A blank query
     * gives all countries.
     */
    public List<Country> search(String query, Locale uiLanguage) {
        return search.search(query, uiLanguage);
    }

    private static List<String> names(Country country) {
        List<String> names = new ArrayList<>(List.of(country.germanName(), country.englishName(), country.nativeName()));
        names.addAll(country.aliases());
        return names;
    }

    private static Optional<String> javaName(Locale region, Locale in) {
        String name = region.getDisplayCountry(in);
        if (name.isBlank() || name.equalsIgnoreCase(region.getCountry())) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}

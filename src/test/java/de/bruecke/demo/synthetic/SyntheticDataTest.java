package de.bruecke.demo.synthetic;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Visibility;
import de.bruecke.organisation.profile.Basics;
import de.bruecke.organisation.profile.Capacity;
import de.bruecke.organisation.profile.CodeLists;
import de.bruecke.organisation.profile.Profile;
import de.bruecke.organisation.profile.ProfileForms;
import de.bruecke.organisation.profile.Profiles;
import de.bruecke.organisation.profile.Reach;
import de.bruecke.support.IntegrationTest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The synthetic data generator: profiles that pass the forms' rules, a realistic spread, the same data every time. */
@IntegrationTest
@Transactional
class SyntheticDataTest {

    @Autowired
    SyntheticData syntheticData;

    @Autowired
    SyntheticCsv csv;

    @Autowired
    ProfileForms forms;

    @Autowired
    Profiles profiles;

    @Autowired
    CodeLists codeLists;

    @Autowired
    de.bruecke.region.Gazetteer gazetteer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void everyGeneratedProfilePassesTheValidationOfTheProfileForms() {
        SyntheticProfiles generator = syntheticData.generator(7);
        for (int i = 0; i < 400; i++) {
            Profile profile = generator.generate(i).profile();
            var errors = new MapBindingResult(new HashMap<>(), "profile");
            Basics basics = forms.basics(ProfileForms.BasicsForm.of(profile), profile.kind(), errors);
            Reach reach = forms.reach(reachForm(profile), Locale.GERMAN, errors);
            Capacity capacity = forms.capacity(ProfileForms.CapacityForm.of(profile), errors);
            assertThat(errors.getAllErrors()).as("%s", profile.name()).isEmpty();
            assertThat(basics.fieldValues()).as("%s", profile.name()).isEqualTo(profile.basics().fieldValues());
            assertThat(reach.fieldValues()).as("%s", profile.name()).isEqualTo(profile.reach().fieldValues());
            assertThat(capacity.fieldValues()).as("%s", profile.name()).isEqualTo(profile.capacity().fieldValues());
            assertThat(profile.reach().languages()).allMatch(codeLists::isLanguage).isNotEmpty();
            assertThat(profile.reach().communities()).allMatch(codeLists::isCountry);
        }
    }

    @Test
    void organisationsAreSpreadByPopulationWithPlausibleMixes() {
        SyntheticProfiles generator = syntheticData.generator(SyntheticData.DEFAULT_SEED);
        List<SyntheticProfiles.Synthetic> rows = IntStream.range(0, 6000).mapToObj(generator::generate).toList();
        Map<String, Long> byLand = count(rows, r -> r.place().landKey());
        Map<String, Long> byKreis = count(rows, r -> r.place().kreisKey());
        assertThat(byLand.get("11")).as("Berlin").isGreaterThan(150);
        assertThat(byKreis.getOrDefault("07320", 0L)).as("Zweibrücken, 34,000 inhabitants").isLessThan(10);
        assertThat(byLand.get("05")).as("Nordrhein-Westfalen").isGreaterThan(byLand.get("09"))
                .isGreaterThan(4 * byLand.get("14"));

        List<Profile> mos = rows.stream().map(SyntheticProfiles.Synthetic::profile)
                .filter(p -> p.kind() == OrganisationKind.MO).toList();
        assertThat(mos.size()).isBetween(5100, 5700);
        assertThat(mos).allMatch(p -> !p.reach().communities().isEmpty() && !p.capacity().fields().isEmpty());
        Map<String, Long> languages = mos.stream().flatMap(p -> p.reach().languages().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(languages.get("de")).isGreaterThan(mos.size() * 3L / 4);
        assertThat(languages.get("tr")).isGreaterThan(languages.get("ar")).isGreaterThan(languages.get("vi"));
        long syrianArabic = mos.stream().filter(p -> p.reach().communities().contains("SY")
                && p.reach().languages().contains("ar")).count();
        long syrianPolish = mos.stream().filter(p -> p.reach().communities().contains("SY")
                && p.reach().languages().contains("pl")).count();
        assertThat(syrianArabic).isGreaterThan(100);
        assertThat(syrianPolish).isZero();
        assertThat(mos.stream().filter(p -> p.visibility() == Visibility.PUBLIC).count())
                .isGreaterThan(mos.size() * 2L / 3);
        assertThat(mos.stream().filter(p -> p.visibility() == Visibility.PRIVATE).count()).isPositive();
        assertThat(mos.stream().map(Profile::name).distinct().count()).isGreaterThan(mos.size() * 9L / 10);
    }

    @Test
    void theSameSeedGivesTheSameOrganisationsAndAnotherSeedOthers() {
        SyntheticProfiles first = syntheticData.generator(42);
        SyntheticProfiles again = syntheticData.generator(42);
        SyntheticProfiles other = syntheticData.generator(43);
        List<String> otherNames = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            assertThat(again.generate(i)).isEqualTo(first.generate(i));
            otherNames.add(other.generate(i).profile().name());
        }
        long same = IntStream.range(0, 200).filter(i -> first.generate(i).profile().name().equals(otherNames.get(i)))
                .count();
        assertThat(same).isLessThan(10);
    }

    @Test
    void topUpWritesMissingRowsOnlyAndTheyLoadAndAreFound() throws Exception {
        assertThat(syntheticData.topUp(60, 99)).isEqualTo(60);
        assertThat(syntheticData.topUp(60, 99)).isZero();
        assertThat(syntheticData.topUp(75, 99)).isEqualTo(15);
        assertThat(jdbc.sql("select count(*) from organisation where external_id like 'SYN-%'").query(Long.class)
                .single()).isEqualTo(75);

        SyntheticProfiles generator = syntheticData.generator(99);
        int checked = 0;
        for (int i = 0; i < 75 && checked < 3; i++) {
            Profile generated = generator.generate(i).profile();
            Profile stored = profiles.find(generated.id()).orElseThrow();
            assertThat(stored.basics().fieldValues()).isEqualTo(generated.basics().fieldValues());
            assertThat(stored.reach().fieldValues()).isEqualTo(generated.reach().fieldValues());
            assertThat(stored.capacity().fieldValues()).isEqualTo(generated.capacity().fieldValues());
            assertThat(stored.visibility()).isEqualTo(generated.visibility());
            if (generated.visibility() == Visibility.PUBLIC) {
                String page = mvc.perform(get("/organisations/" + generated.id())).andReturn().getResponse()
                        .getContentAsString();
                assertThat(page).contains(html(generated.name()));
                String search = mvc.perform(get("/organisations").param("q", generated.name())
                        .param("near", generated.reach().postcode()).param("radius", "5")).andReturn().getResponse()
                        .getContentAsString();
                assertThat(search).as("search for %s", generated.name()).contains(html(generated.name()));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3);
    }

    @Test
    void csvHasGermanHeadersAndTheSameOrganisations() throws Exception {
        SyntheticProfiles generator = syntheticData.generator(5);
        var out = new StringWriter();
        csv.write(out, generator, 30);
        List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(30);
        assertThat(records.get(0).getParser().getHeaderNames()).contains("Name", "Kurzname", "Rechtsform",
                "Gründungsjahr", "Straße", "PLZ", "Sprachen", "Herkunftsländer", "Themenfelder", "Webseite", "E-Mail",
                "Telefon", "Externe ID");
        for (int i = 0; i < 30; i++) {
            Profile profile = generator.generate(i).profile();
            CSVRecord record = records.get(i);
            assertThat(record.get("Externe ID")).isEqualTo(SyntheticProfiles.externalId(i));
            assertThat(record.get("Name")).isEqualTo(profile.name());
            assertThat(record.get("PLZ")).isEqualTo(profile.reach().postcode());
            assertThat(record.get("Sprachen")).isEqualTo(String.join(", ", profile.reach().languages().stream()
                    .map(code -> codeLists.languageName(code, Locale.GERMAN)).toList()));
        }
        assertThat(out.toString()).contains("Deutsch", "eingetragener Verein (e.V.)");
    }

    /** The reach form with Kreis keys: names like "Bremen, Stadt" contain the list separator. */
    private ProfileForms.ReachForm reachForm(Profile profile) {
        var form = ProfileForms.ReachForm.of(profile, gazetteer);
        return new ProfileForms.ReachForm(form.version(), form.street(), form.postcode(), form.area(), form.radiusKm(),
                form.laender(), String.join(", ", profile.reach().kreise()), form.languages(), form.moreLanguages(),
                form.communities(), form.moreCommunities());
    }

    private static Map<String, Long> count(List<SyntheticProfiles.Synthetic> rows,
            Function<SyntheticProfiles.Synthetic, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}

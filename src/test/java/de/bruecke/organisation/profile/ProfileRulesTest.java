package de.bruecke.organisation.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Visibility;
import de.bruecke.platform.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The rules of a profile live in its values; each reports what is wrong at the field it belongs to. */
class ProfileRulesTest {

    private static final Year THIS_YEAR = Year.of(2026);
    private static final Predicate<String> KNOWN = Set.of("10117", "19053")::contains;

    private static Basics basics(String name) {
        return Basics.named(name);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void basicsNeedANameOfAtMost200Characters() {
        assertThat(fields(basics("  ").problems(OrganisationKind.MO, THIS_YEAR))).containsExactly("name:validation.required");
        assertThat(fields(basics("x".repeat(201)).problems(OrganisationKind.MO, THIS_YEAR)))
                .containsExactly("name:validation.tooLong");
        assertThat(basics("x".repeat(200)).problems(OrganisationKind.MO, THIS_YEAR)).isEmpty();
    }

    @Test
    void anInstitutionNamesItsType() {
        assertThat(fields(basics("Jobcenter Schwerin").problems(OrganisationKind.INSTITUTION, THIS_YEAR)))
                .containsExactly("institutionType:validation.choose");
        Basics typed = new Basics("Jobcenter Schwerin", "", InstitutionType.JOBCENTER, null, null, "", "", "", "", "",
                "", "");
        assertThat(typed.problems(OrganisationKind.INSTITUTION, THIS_YEAR)).isEmpty();
    }

    @Test
    void basicsRefuseAFutureFoundingYearHtmlAndAddressesNobodyCanUse() {
        Basics b = new Basics("Kontakt e.V.", "", null, LegalForm.REGISTERED_ASSOCIATION, 2027, "", "VR 12#34", "<script>alert(1)</script>",
                "https://kontakt", "kontakt@", "call me", "");
        assertThat(b.problems(OrganisationKind.MO, THIS_YEAR)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(
                        tuple("foundingYear", "validation.number"),
                        tuple("registerNumber", "validation.registerNumber"),
                        tuple("description", "validation.noHtml"),
                        tuple("website", "validation.website"),
                        tuple("publicEmail", "validation.email"),
                        tuple("publicPhone", "validation.phone"));
        assertThat(b.problems(OrganisationKind.MO, THIS_YEAR).get(0).arguments()).containsExactly("1800", "2026");
        Basics fine = new Basics("Kontakt e.V.", "Kontakt", null, LegalForm.REGISTERED_ASSOCIATION, 1995, "Amtsgericht Schwerin",
                "VR 1234", "Beratung für Zugewanderte: 3 < 5", "https://kontakt-ev.de", "info@kontakt-ev.de",
                "+49 385 123456", "Paritätischer");
        assertThat(fine.problems(OrganisationKind.MO, THIS_YEAR)).isEmpty();
    }

    @Test
    void theReachNeedsAKnownPostcode() {
        assertThat(fields(Reach.at("").problems(KNOWN))).contains("postcode:validation.required");
        assertThat(fields(Reach.at("1011").problems(KNOWN))).contains("postcode:validation.postcode.format");
        assertThat(fields(Reach.at("99999").problems(KNOWN))).contains("postcode:validation.postcode.unknown");
    }

    @Test
    void aLocalOrganisationNamesItsRadiusAndOneInKreiseOrLaenderNamesThem() {
        assertThat(fields(Reach.at("10117").problems(KNOWN))).containsExactly("radiusKm:validation.radius.required");
        assertThat(fields(reach(AreaOfActivity.LOCAL, 1001, List.of(), List.of()).problems(KNOWN)))
                .containsExactly("radiusKm:validation.number");
        assertThat(reach(AreaOfActivity.LOCAL, 25, List.of(), List.of()).problems(KNOWN)).isEmpty();
        assertThat(fields(reach(AreaOfActivity.KREISE, null, List.of(), List.of()).problems(KNOWN)))
                .containsExactly("kreise:validation.kreise.required");
        assertThat(fields(reach(AreaOfActivity.LAENDER, null, List.of(), List.of()).problems(KNOWN)))
                .containsExactly("laender:validation.laender.required");
        assertThat(reach(AreaOfActivity.LAENDER, null, List.of(), List.of("13")).problems(KNOWN)).isEmpty();
        assertThat(reach(AreaOfActivity.NATIONWIDE, null, List.of(), List.of()).problems(KNOWN)).isEmpty();
    }

    private static Reach reach(AreaOfActivity area, Integer radius, List<String> kreise, List<String> laender) {
        return new Reach("", "19053", area, radius, kreise, laender, List.of("de"), List.of());
    }

    @Test
    void fullTimeEquivalentsCannotExceedThePaidStaff() {
        assertThat(fields(capacity(3, new BigDecimal("3.5"), List.of()).problems(THIS_YEAR)))
                .containsExactly("paidStaffFte:validation.fte.morethanPersons");
        assertThat(fields(capacity(3, new BigDecimal("2.125"), List.of()).problems(THIS_YEAR)))
                .containsExactly("paidStaffFte:validation.decimal");
        assertThat(capacity(3, new BigDecimal("2.75"), List.of()).problems(THIS_YEAR)).isEmpty();
        assertThat(fields(capacity(100_001, null, List.of()).problems(THIS_YEAR)))
                .containsExactly("paidStaff:validation.number");
    }

    @Test
    void eachEarlierCooperationIsReportedWithItsRow() {
        var fine = new Capacity.Cooperation("JOBCENTER", "Sprachkurs", 2019, "gut");
        var tooEarly = new Capacity.Cooperation("MO", "Fest", 1949, "");
        var unknownPartner = new Capacity.Cooperation("NASA", "Raumfahrt", null, "");
        var noTopic = new Capacity.Cooperation("MO", " ", null, "");
        List<FieldProblem> problems = capacity(null, null, List.of(fine, tooEarly, unknownPartner, noTopic))
                .problems(THIS_YEAR);
        assertThat(problems).extracting(FieldProblem::field).containsOnly("cooperationTopic");
        assertThat(problems).extracting(p -> p.arguments().get(0)).containsExactly("2", "3", "4");
    }

    private static Capacity capacity(Integer paidStaff, BigDecimal fte, List<Capacity.Cooperation> cooperations) {
        return new Capacity(List.of(), List.of("Beratung"), List.of(), List.of(), 40, 12, paidStaff, fte, null, false,
                "", cooperations);
    }

    @Test
    void aContactPersonNeedsANameAndUsableAddressesReportedWithTheRow() {
        var person = new ContactPerson(UUID.randomUUID(), "", "Vorstand", "amira@", "12", List.of(), null);
        assertThat(person.problems(3)).extracting(p -> p.field() + ":" + p.arguments())
                .containsExactly("contactName:[3]", "contactEmail:[3]", "contactPhone:[3]");
    }

    @Test
    void aProfileCollectsTheProblemsOfAllItsValuesAndARegistrationNeedsOnlyNameAndPostcode() {
        Profile draft = Profile.draft(OrganisationKind.MO, "Kontakt e.V.", "19053", Visibility.PRIVATE,
                Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(draft.registrationProblems(KNOWN)).isEmpty();
        assertThat(fields(draft.problems(KNOWN, THIS_YEAR))).containsExactly("radiusKm:validation.radius.required");
        Profile nowhere = Profile.draft(OrganisationKind.MO, "", "00000", Visibility.PRIVATE, Instant.EPOCH);
        assertThat(fields(nowhere.registrationProblems(KNOWN)))
                .containsExactly("name:validation.required", "postcode:validation.postcode.unknown");
    }
}

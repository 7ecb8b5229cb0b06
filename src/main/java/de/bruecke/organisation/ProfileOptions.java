package de.bruecke.organisation;

import java.util.List;

import de.bruecke.region.Land;

/** The choices the profile form and the search offer. */
record ProfileOptions(List<Land> laender) {

    public InstitutionType[] institutionTypes() {
        return InstitutionType.values();
    }

    public LegalForm[] legalForms() {
        return LegalForm.values();
    }

    public AreaOfActivity[] areas() {
        return AreaOfActivity.values();
    }

    public ThematicField[] fields() {
        return ThematicField.values();
    }

    public OrganisationFunction[] functions() {
        return OrganisationFunction.values();
    }

    public PartnerRole[] roles() {
        return PartnerRole.values();
    }

    public BudgetBand[] budgetBands() {
        return BudgetBand.values();
    }

    public Visibility[] visibilities() {
        return Visibility.values();
    }

    public List<String> languages() {
        return CodeLists.COMMON_LANGUAGES;
    }

    public List<String> countries() {
        return CodeLists.COMMON_COUNTRIES;
    }

    public List<String> partnerTypes() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("MO"),
                java.util.Arrays.stream(InstitutionType.values()).map(Enum::name)).toList();
    }
}

package de.bruecke.organisation;

/** The kinds of institutions that work with migrant organisations. */
public enum InstitutionType {
    JOBCENTER, EMPLOYMENT_AGENCY, CHAMBER_OF_COMMERCE, CHAMBER_OF_CRAFTS, WELFARE_ASSOCIATION, MUNICIPALITY, EDUCATION_PROVIDER, COUNSELLING_SERVICE, OTHER
}

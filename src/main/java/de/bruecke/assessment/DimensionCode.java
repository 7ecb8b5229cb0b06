package de.bruecke.assessment;

/** The eight professionalisation dimensions; their declaration order is the canonical order in every result. */
public enum DimensionCode {
    GOVERNANCE,
    STAFF,
    FINANCE,
    PROJECTS,
    COMMUNICATION,
    LABOUR_MARKET,
    NETWORKING,
    COUNSELLING
}

package de.bruecke.organisation;

/** Legal forms of organisations, from a registered association to an unincorporated initiative. */
public enum LegalForm {
    REGISTERED_ASSOCIATION, NON_PROFIT_LIMITED, LIMITED, CIVIL_PARTNERSHIP, FOUNDATION, COOPERATIVE, INITIATIVE, PUBLIC_BODY, OTHER
}

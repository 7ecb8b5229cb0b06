package de.bruecke.organisation.profile;

import org.springframework.modulith.NamedInterface;

/** Legal forms of organisations, from a registered association to an unincorporated initiative. */
@NamedInterface("profile")
public enum LegalForm {
    REGISTERED_ASSOCIATION, NON_PROFIT_LIMITED, LIMITED, CIVIL_PARTNERSHIP, FOUNDATION, COOPERATIVE, INITIATIVE, PUBLIC_BODY, OTHER
}

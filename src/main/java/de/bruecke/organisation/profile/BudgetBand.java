package de.bruecke.organisation.profile;

import org.springframework.modulith.NamedInterface;

/** Yearly budget of an organisation, in bands. */
@NamedInterface("profile")
public enum BudgetBand {
    NONE, UP_TO_5K, UP_TO_25K, UP_TO_100K, UP_TO_500K, OVER_500K
}

package de.bruecke.organisation;

/** Yearly budget of an organisation, in bands. */
public enum BudgetBand {
    NONE, UP_TO_5K, UP_TO_25K, UP_TO_100K, UP_TO_500K, OVER_500K
}

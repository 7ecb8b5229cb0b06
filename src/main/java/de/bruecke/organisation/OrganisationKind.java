package de.bruecke.organisation;

/** A migrant organisation (MO) or a labour-market institution. */
public enum OrganisationKind {
    MO, INSTITUTION
}

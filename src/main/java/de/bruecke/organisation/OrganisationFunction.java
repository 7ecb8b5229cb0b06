package de.bruecke.organisation;

/** The four functions of a migrant organisation for its members and for society. */
public enum OrganisationFunction {
    SOCIALISATION, BRIDGE, SERVICE, PROTECTION
}

package de.bruecke.organisation;

/** The roles a migrant organisation is ready to take in a cooperation. */
public enum PartnerRole {
    INFORMATION_BROKER, INTEREST_REPRESENTATIVE, COOPERATION_PARTNER, PROJECT_SPONSOR, TARGET_GROUP_PANEL, TOPIC_PANEL
}

package de.bruecke.organisation;

/** Who may see a profile: everyone, signed-in partners of the network, or only the organisation and its network staff. */
public enum Visibility {
    PUBLIC, NETWORK, PRIVATE
}

package de.bruecke.platform;

/** A signed-in person's name as others may see it, e.g. in a change history. */
public interface DisplayNamed {

    String displayName();
}

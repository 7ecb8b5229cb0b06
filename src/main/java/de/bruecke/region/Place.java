package de.bruecke.region;

/** A place a postcode belongs to, with its Kreis and Land. */
public record Place(String postcode, String name, String kreisKey, String kreisName, String landKey, String landName,
        Coordinates coordinates) {
}

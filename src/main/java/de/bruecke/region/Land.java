package de.bruecke.region;

/** A German federal state (Land) with its official two-digit key. */
public record Land(String key, String isoCode, String name) {
}

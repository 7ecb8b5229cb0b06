package de.bruecke.region;

/** A district or district-free city with its official five-digit key. */
public record Kreis(String key, String name, String landKey) {
}

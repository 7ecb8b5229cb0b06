package de.bruecke.platform;

import java.util.function.LongSupplier;

/** A number shown on the start page, e.g. how many organisations take part. */
public record StartPageFact(String labelKey, int order, LongSupplier count) {
}

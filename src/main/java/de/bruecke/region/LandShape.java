package de.bruecke.region;

/**
 * One Land on the {@link GermanyMap}: its SVG path (islands and holes as separate rings, drawn correctly with either fill
 * rule) and where to put its label.
 */
public record LandShape(Land land, String path, GermanyMap.Point label) {

    /** The second part of the ISO 3166-2 code, e.g. "BE" for Berlin. */
    public String abbreviation() {
        String iso = land.isoCode();
        return iso.substring(iso.indexOf('-') + 1);
    }
}

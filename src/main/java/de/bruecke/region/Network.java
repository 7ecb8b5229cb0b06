package de.bruecke.region;

import java.util.Set;

/**
 * A regional integration network and the area it covers: whole Länder and/or single Kreise. Two networks may cover
 * the same Land.
 */
public record Network(NetworkId id, String name, String description, Set<String> landKeys, Set<String> kreisKeys,
        int version) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    /** The Länder and Kreise the network covers, as one {@link Area}. */
    public Area area() {
        return Area.of(landKeys, kreisKeys);
    }

    public boolean covers(Place place) {
        return area().covers(place);
    }
}

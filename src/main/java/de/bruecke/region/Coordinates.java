package de.bruecke.region;

/** A point in WGS84 degrees. */
public record Coordinates(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Coordinates {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180 || Double.isNaN(latitude)
                || Double.isNaN(longitude)) {
            throw new IllegalArgumentException("Not a coordinate: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle distance in kilometres (haversine). */
    public double distanceKmTo(Coordinates other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}

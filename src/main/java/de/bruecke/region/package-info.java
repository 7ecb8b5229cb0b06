/**
 * Region reference data: postcodes with coordinates, Länder, Kreise, Gemeinden, distances, the SVG map of Germany and regional networks with their coverage.
 * {@link de.bruecke.region.Area} answers "is this place mine?" in Java and SQL; {@link de.bruecke.region.Areas} gives an actor's area once per request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region", allowedDependencies = "platform")
package de.bruecke.region;

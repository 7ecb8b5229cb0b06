/**
 * Region reference data: postcodes with coordinates, Länder, Kreise, Gemeinden, distances, the SVG map of Germany and regional networks with their coverage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region", allowedDependencies = "platform")
package de.bruecke.region;

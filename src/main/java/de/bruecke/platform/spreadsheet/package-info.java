/**
 * Reading CSV and XLSX files into plain tables of text, and writing tables as CSV or XLSX that are safe to open in a
 * spreadsheet program. Knows nothing about what the columns mean.
 */
@org.springframework.modulith.NamedInterface("spreadsheet")
package de.bruecke.platform.spreadsheet;

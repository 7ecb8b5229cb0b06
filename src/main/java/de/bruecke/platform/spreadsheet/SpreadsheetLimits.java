package de.bruecke.platform.spreadsheet;

/** How much a file may contain before it is refused as too large. */
public record SpreadsheetLimits(long maxBytes, int maxRows) {

    public static final SpreadsheetLimits DEFAULT = new SpreadsheetLimits(20L * 1024 * 1024, 200_000);

    public SpreadsheetLimits {
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The byte limit in whole megabytes, rounded up, for messages. */
    public long maxMegabytes() {
        return (maxBytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}

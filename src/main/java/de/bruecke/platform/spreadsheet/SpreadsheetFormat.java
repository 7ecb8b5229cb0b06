package de.bruecke.platform.spreadsheet;

/** The kind of file a table was read from (recognised by content) or is written as. */
public enum SpreadsheetFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    SpreadsheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The Content-Type of a download in this format. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension without the dot. */
    public String extension() {
        return extension;
    }
}

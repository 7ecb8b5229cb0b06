package de.bruecke.platform.database;

import java.nio.file.Path;

class DataDirectoryNotWritableException extends RuntimeException {

    private final Path directory;

    DataDirectoryNotWritableException(Path directory, Throwable cause) {
        super("Cannot write to data directory " + directory.toAbsolutePath(), cause);
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }
}

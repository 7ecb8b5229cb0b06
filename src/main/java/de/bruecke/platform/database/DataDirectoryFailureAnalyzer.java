package de.bruecke.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryNotWritableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryNotWritableException cause) {
        return new FailureAnalysis(
                "Brücke cannot write to its data directory " + cause.directory().toAbsolutePath()
                        + " (" + cause.getCause().getMessage() + ").",
                "Make the directory writable for the user running Brücke, or point BRUECKE_EMBEDDED_DATABASE_DIRECTORY"
                        + " to a writable directory, or configure an external PostgreSQL with BRUECKE_DB_URL.",
                cause);
    }
}

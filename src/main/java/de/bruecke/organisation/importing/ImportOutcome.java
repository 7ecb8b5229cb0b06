package de.bruecke.organisation.importing;

/** What became of one row of an imported file. */
enum ImportOutcome {
    IMPORTED, UPDATED, REJECTED
}

package de.bruecke.organisation;

/** What became of one row of an imported file. */
enum ImportOutcome {
    IMPORTED, UPDATED, REJECTED
}

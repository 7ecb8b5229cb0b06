package de.bruecke.organisation.importing;

import de.bruecke.platform.Actor;

/** Who may import organisations: coordinators, administrators and network staff (in their area). */
public final class Importers {

    private Importers() {
    }

    public static boolean mayImport(Actor actor) {
        return actor.seesAll() || actor.isNetworkStaff();
    }
}

package de.bruecke.organisation.importing;

import de.bruecke.platform.ScopedAuthority;

import org.springframework.security.core.Authentication;

/** Who may import organisations: coordinators, administrators and network staff (in their area). */
public final class Importers {

    private Importers() {
    }

    public static boolean mayImport(Authentication authentication) {
        return ScopedAuthority.has(authentication, "ADMINISTRATOR") || ScopedAuthority.has(authentication, "COORDINATOR")
                || ScopedAuthority.has(authentication, "NETWORK_STAFF");
    }
}

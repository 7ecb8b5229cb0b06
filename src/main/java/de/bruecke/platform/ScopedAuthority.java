package de.bruecke.platform;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Authorities that name the organisation or network a role applies to, e.g. {@code MO_ADMIN:<uuid>}. */
public final class ScopedAuthority {

    private ScopedAuthority() {
    }

    public static String of(String role, UUID scope) {
        return role + ":" + scope;
    }

    /** The organisations or networks for which the signed-in person holds the role; empty for visitors. */
    public static Set<UUID> scopes(Authentication authentication, String role) {
        Set<UUID> scopes = new LinkedHashSet<>();
        if (authentication == null) {
            return scopes;
        }
        String prefix = role + ":";
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(prefix)) {
                scopes.add(UUID.fromString(name.substring(prefix.length())));
            }
        }
        return scopes;
    }

    public static boolean has(Authentication authentication, String role) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals);
    }

}

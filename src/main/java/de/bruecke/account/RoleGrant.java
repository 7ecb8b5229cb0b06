package de.bruecke.account;

import java.io.Serializable;
import java.util.UUID;

import de.bruecke.platform.ScopedAuthority;

/** A role held by a person, with the organisation or network it applies to. */
public record RoleGrant(Role role, UUID organisationId, UUID networkId) implements Serializable {

    public RoleGrant {
        boolean fits = switch (role.scope()) {
            case NONE -> organisationId == null && networkId == null;
            case ORGANISATION -> organisationId != null && networkId == null;
            case NETWORK -> networkId != null && organisationId == null;
        };
        if (!fits) {
            throw new IllegalArgumentException("Role " + role + " needs scope " + role.scope());
        }
    }

    /** Authority naming the scope, e.g. {@code MO_ADMIN:<organisation id>}. */
    String scopedAuthority() {
        return switch (role.scope()) {
            case NONE -> role.authority();
            case ORGANISATION -> ScopedAuthority.of(role.name(), organisationId);
            case NETWORK -> ScopedAuthority.of(role.name(), networkId);
        };
    }
}

package de.bruecke.account;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.bruecke.platform.AccountHolder;
import de.bruecke.platform.AccountId;
import de.bruecke.platform.DisplayNamed;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind a request, with their roles and scopes. */
public final class SignedInUser implements UserDetails, CredentialsContainer, DisplayNamed, AccountHolder {

    private final UUID id;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean confirmed;
    private final boolean blocked;
    private final List<RoleGrant> grants;

    SignedInUser(UUID id, String email, String displayName, String passwordHash, boolean confirmed, boolean blocked,
            List<RoleGrant> grants) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.confirmed = confirmed;
        this.blocked = blocked;
        this.grants = List.copyOf(grants);
    }

    public UUID id() {
        return id;
    }

    @Override
    public AccountId accountId() {
        return new AccountId(id);
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public List<RoleGrant> grants() {
        return grants;
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean has(Role role, UUID organisationOrNetwork) {
        return grants.stream().anyMatch(g -> g.role() == role
                && (organisationOrNetwork.equals(g.organisationId()) || organisationOrNetwork.equals(g.networkId())));
    }


    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<String> names = new LinkedHashSet<>();
        for (RoleGrant grant : grants) {
            names.add(grant.role().authority());
            names.add(grant.scopedAuthority());
        }
        return names.stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !blocked;
    }

    @Override
    public boolean isEnabled() {
        return confirmed;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

package de.bruecke.platform;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting in a request: a visitor, or a signed-in person with their roles and the organisations and networks
 * each role applies to. Resolved once per request from the signed-in authentication; controllers take it as a
 * parameter ({@code Actor actor}). Modules ask it (or their policies built on it), never the authorities.
 *
 * @param accountId the account, or {@code null} for visitors and principals that are no account
 * @param signInName the name the person signed in with (their e-mail address); empty for visitors
 * @param displayName the name others see, e.g. in a change history; the sign-in name when there is none
 * @param roles the unscoped role names held, e.g. {@code COORDINATOR}, {@code NETWORK_STAFF}
 * @param networks the networks the person works for as network staff
 * @param moAdminOf the organisations the person is MO admin of
 * @param moMemberOf the organisations the person is MO member of
 * @param institutionMemberOf the institutions the person works for
 */
public record Actor(AccountId accountId, String signInName, String displayName, Set<String> roles,
        Set<UUID> networks, Set<UUID> moAdminOf, Set<UUID> moMemberOf, Set<UUID> institutionMemberOf) {

    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String EXPERT = "EXPERT";
    public static final String NETWORK_STAFF = "NETWORK_STAFF";
    public static final String MO_ADMIN = "MO_ADMIN";
    public static final String MO_MEMBER = "MO_MEMBER";
    public static final String INSTITUTION_MEMBER = "INSTITUTION_MEMBER";

    public static final Actor VISITOR = new Actor(null, "", "", Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    private static final String REQUEST_ATTRIBUTE = Actor.class.getName();

    public Actor {
        roles = Set.copyOf(roles);
        networks = Set.copyOf(networks);
        moAdminOf = Set.copyOf(moAdminOf);
        moMemberOf = Set.copyOf(moMemberOf);
        institutionMemberOf = Set.copyOf(institutionMemberOf);
    }

    /**
     * The actor of the current request, read from the signed-in authentication the first time it is asked for and
     * kept in a request attribute; outside a request (e.g. a background job) read from the security context each
     * time. Controllers take {@code Actor actor} as a parameter instead.
     */
    public static Actor current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? of(SecurityContextHolder.getContext().getAuthentication()) : current(request);
    }

    /** The actor of the request, resolved once and kept in a request attribute. */
    public static Actor current(RequestAttributes request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor known) {
            return known;
        }
        Actor actor = of(SecurityContextHolder.getContext().getAuthentication());
        request.setAttribute(REQUEST_ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
        return actor;
    }

    /**
     * The actor behind an authentication: a visitor when nobody is signed in. Reads the authorities as
     * {@link ScopedAuthority} writes them ({@code ROLE_MO_ADMIN} and {@code MO_ADMIN:<uuid>}).
     */
    public static Actor of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return VISITOR;
        }
        Set<String> roles = new HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(name.substring("ROLE_".length()));
            }
        }
        Object principal = authentication.getPrincipal();
        AccountId account = principal instanceof AccountHolder holder ? holder.accountId() : null;
        String name = authentication.getName();
        String displayName = principal instanceof DisplayNamed named ? named.displayName() : name;
        return new Actor(account, name, displayName, roles, ScopedAuthority.scopes(authentication, NETWORK_STAFF),
                ScopedAuthority.scopes(authentication, MO_ADMIN), ScopedAuthority.scopes(authentication, MO_MEMBER),
                ScopedAuthority.scopes(authentication, INSTITUTION_MEMBER));
    }

    public boolean isVisitor() {
        return signInName.isEmpty() && accountId == null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return has(ADMINISTRATOR);
    }

    public boolean isCoordinator() {
        return has(COORDINATOR);
    }

    public boolean isExpert() {
        return has(EXPERT);
    }

    public boolean isNetworkStaff() {
        return has(NETWORK_STAFF);
    }

    /** Administrators and coordinators: they see every organisation and every area. */
    public boolean seesAll() {
        return isAdministrator() || isCoordinator();
    }

    /** Whether the person works for the network as network staff. */
    public boolean staffOf(UUID network) {
        return networks.contains(network);
    }

    /** Whether the person is MO admin of the organisation. */
    public boolean adminOf(UUID organisation) {
        return moAdminOf.contains(organisation);
    }

    /** Whether the person is MO member or MO admin of the organisation (the people of an MO). */
    public boolean inMo(UUID organisation) {
        return moAdminOf.contains(organisation) || moMemberOf.contains(organisation);
    }

    /** Whether the person belongs to the organisation in any role: MO member, MO admin or institution member. */
    public boolean memberOf(UUID organisation) {
        return inMo(organisation) || institutionMemberOf.contains(organisation);
    }

    /** The organisations the person belongs to in any role. */
    public Set<UUID> organisations() {
        Set<UUID> all = new HashSet<>(moAdminOf);
        all.addAll(moMemberOf);
        all.addAll(institutionMemberOf);
        return Set.copyOf(all);
    }

    /**
     * What identifies the person as the owner of things they start (e.g. an import): the account ID, or the sign-in
     * name when the principal is no account.
     */
    public String ownerKey() {
        return accountId != null ? accountId.toString() : signInName;
    }
}

package de.bruecke.organisation.profile;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.Visibility;
import de.bruecke.platform.DisplayNamed;
import de.bruecke.platform.ScopedAuthority;
import de.bruecke.region.NetworkId;
import de.bruecke.region.Networks;
import de.bruecke.region.Place;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The person looking at the directory and what their roles let them see: their own organisations, the area of their
 * networks, everything signed-in partners may see, or all of it.
 */
public record Viewer(String name, Set<UUID> memberOf, Set<UUID> adminOf, Set<String> areaLaender, Set<String> areaKreise,
        boolean partner, boolean seesAll) {

    public static final Viewer VISITOR = new Viewer("", Set.of(), Set.of(), Set.of(), Set.of(), false, false);

    public static Viewer of(Authentication authentication, Networks networks) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return VISITOR;
        }
        Set<UUID> memberOf = new HashSet<>(ScopedAuthority.scopes(authentication, "MO_MEMBER"));
        Set<UUID> adminOf = new HashSet<>(ScopedAuthority.scopes(authentication, "MO_ADMIN"));
        Set<UUID> institutions = ScopedAuthority.scopes(authentication, "INSTITUTION_MEMBER");
        memberOf.addAll(adminOf);
        memberOf.addAll(institutions);
        adminOf.addAll(institutions);
        Set<String> laender = new HashSet<>();
        Set<String> kreise = new HashSet<>();
        Set<UUID> networkIds = ScopedAuthority.scopes(authentication, "NETWORK_STAFF");
        for (UUID networkId : networkIds) {
            networks.find(new NetworkId(networkId)).ifPresent(network -> {
                laender.addAll(network.landKeys());
                kreise.addAll(network.kreisKeys());
            });
        }
        boolean seesAll = ScopedAuthority.has(authentication, "ADMINISTRATOR")
                || ScopedAuthority.has(authentication, "COORDINATOR");
        boolean partner = seesAll || !memberOf.isEmpty() || !networkIds.isEmpty();
        String name = authentication.getPrincipal() instanceof DisplayNamed named ? named.displayName()
                : authentication.getName();
        return new Viewer(name, Set.copyOf(memberOf), Set.copyOf(adminOf), Set.copyOf(laender), Set.copyOf(kreise),
                partner, seesAll);
    }

    boolean isMemberOf(OrganisationId organisation) {
        return memberOf.contains(organisation.value());
    }

    /** Whether the place lies in the area of one of the viewer's networks. */
    boolean inArea(Place place) {
        return place != null && (areaLaender.contains(place.landKey()) || areaKreise.contains(place.kreisKey()));
    }

    boolean maySee(Visibility visibility, OrganisationId organisation, Place place) {
        return visibility == Visibility.PUBLIC || (partner && visibility == Visibility.NETWORK)
                || isInsider(organisation, place);
    }

    /** Members keep the profile; admins (and the institution's own staff) also decide who sees it. */
    boolean mayEdit(OrganisationId organisation) {
        return seesAll || isMemberOf(organisation);
    }

    boolean mayChooseVisibility(OrganisationId organisation) {
        return seesAll || adminOf.contains(organisation.value());
    }

    /**
     * The organisation itself, the network staff of its area, coordinators and administrators: they see its history
     * and contact persons who have not consented yet.
     */
    boolean isInsider(OrganisationId organisation, Place place) {
        return mayEdit(organisation) || inArea(place);
    }
}

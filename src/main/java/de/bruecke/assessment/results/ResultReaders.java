package de.bruecke.assessment.results;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.bruecke.assessment.round.Round;
import de.bruecke.organisation.Organisation;
import de.bruecke.platform.ScopedAuthority;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Network;
import de.bruecke.region.NetworkId;
import de.bruecke.region.Networks;
import de.bruecke.region.Place;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may read a closed round's results and action plan: the organisation's members and admins always; the network
 * staff of the organisation's area only while the round is shared with the network; nobody else.
 */
@Component
class ResultReaders {

    /** How someone reads the results: as member, as admin (who also plans and shares), as network staff. */
    enum Reader {
        MEMBER, ADMIN, NETWORK_STAFF;

        boolean isOfOrganisation() {
            return this != NETWORK_STAFF;
        }
    }

    private final Networks networks;
    private final Gazetteer gazetteer;
    private final Sharing sharing;

    ResultReaders(Networks networks, Gazetteer gazetteer, Sharing sharing) {
        this.networks = networks;
        this.gazetteer = gazetteer;
        this.sharing = sharing;
    }

    /**
     * The reader a person may be for the organisation's results, checked before the round is looked up (so
     * strangers learn nothing about rounds); 403 for anyone else. Network staff still need the round to be shared
     * ({@link #requireShared}).
     */
    Reader of(Authentication authentication, Organisation organisation) {
        UUID id = organisation.id().value();
        if (ScopedAuthority.scopes(authentication, "MO_ADMIN").contains(id)) {
            return Reader.ADMIN;
        }
        if (ScopedAuthority.scopes(authentication, "MO_MEMBER").contains(id)) {
            return Reader.MEMBER;
        }
        if (inArea(authentication, organisation)) {
            return Reader.NETWORK_STAFF;
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    void requireShared(Reader reader, Round round) {
        if (reader == Reader.NETWORK_STAFF && sharing.of(round.id()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** Whether the organisation lies in the area of one of the person's networks. */
    boolean inArea(Authentication authentication, Organisation organisation) {
        Place place = gazetteer.place(organisation.postcode()).orElse(null);
        return place != null && networksOf(authentication).stream().anyMatch(network -> network.covers(place));
    }

    /** The networks the person works for as network staff. */
    List<Network> networksOf(Authentication authentication) {
        Set<UUID> ids = ScopedAuthority.scopes(authentication, "NETWORK_STAFF");
        return ids.stream().map(id -> networks.find(new NetworkId(id))).flatMap(java.util.Optional::stream).toList();
    }
}

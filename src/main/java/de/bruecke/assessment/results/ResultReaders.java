package de.bruecke.assessment.results;

import de.bruecke.assessment.round.Round;
import de.bruecke.organisation.Organisation;
import de.bruecke.platform.Access;
import de.bruecke.platform.Actor;
import de.bruecke.region.Areas;
import de.bruecke.region.Gazetteer;

import org.springframework.stereotype.Component;

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

    private final Areas areas;
    private final Gazetteer gazetteer;
    private final Sharing sharing;

    ResultReaders(Areas areas, Gazetteer gazetteer, Sharing sharing) {
        this.areas = areas;
        this.gazetteer = gazetteer;
        this.sharing = sharing;
    }

    /**
     * The reader a person may be for the organisation's results, checked before the round is looked up (so
     * strangers learn nothing about rounds); 403 for anyone else. Network staff still need the round to be shared
     * ({@link #requireShared}).
     */
    Reader of(Actor actor, Organisation organisation) {
        if (actor.adminOf(organisation.id().value())) {
            return Reader.ADMIN;
        }
        if (actor.moMemberOf().contains(organisation.id().value())) {
            return Reader.MEMBER;
        }
        Access.requireAllowed(inArea(actor, organisation));
        return Reader.NETWORK_STAFF;
    }

    void requireShared(Reader reader, Round round) {
        Access.requireAllowed(reader != Reader.NETWORK_STAFF || sharing.of(round.id()).isPresent());
    }

    /** Whether the organisation lies in the area of one of the person's networks. */
    boolean inArea(Actor actor, Organisation organisation) {
        return gazetteer.place(organisation.postcode()).map(areas.ofNetworks(actor)::covers).orElse(false);
    }
}

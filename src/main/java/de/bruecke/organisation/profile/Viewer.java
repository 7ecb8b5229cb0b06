package de.bruecke.organisation.profile;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.Visibility;
import de.bruecke.platform.Actor;
import de.bruecke.region.Area;
import de.bruecke.region.Areas;
import de.bruecke.region.Place;

/**
 * The profile policy: what the person looking at profiles may see and do, asked of their {@link Actor} and
 * {@link Area}s. They see their own organisations, the area of their networks, everything signed-in partners may
 * see, or all of it. Controllers ask these methods and never read roles themselves.
 *
 * @param area where the person acts: everywhere for coordinators and administrators, their networks' area for
 *             network staff, nowhere for others
 * @param networkArea the area of the networks the person works for as network staff (only they verify)
 */
public record Viewer(Actor actor, Area area, Area networkArea) {

    public static final Viewer VISITOR = new Viewer(Actor.VISITOR, Area.NOWHERE, Area.NOWHERE);

    /** The policy for the actor; the areas are read once per request. */
    public static Viewer of(Actor actor, Areas areas) {
        return new Viewer(actor, areas.of(actor), areas.ofNetworks(actor));
    }

    String name() {
        return actor.displayName();
    }

    public boolean seesAll() {
        return actor.seesAll();
    }

    /** Signed-in partners (people of an organisation, network staff, coordinators, administrators). */
    public boolean partner() {
        return actor.seesAll() || !actor.organisations().isEmpty() || !actor.networks().isEmpty();
    }

    boolean isMemberOf(OrganisationId organisation) {
        return actor.memberOf(organisation.value());
    }

    boolean maySee(Visibility visibility, OrganisationId organisation, Place place) {
        return visibility == Visibility.PUBLIC || (partner() && visibility == Visibility.NETWORK)
                || isInsider(organisation, place);
    }

    /** Members keep the profile; admins (and the institution's own staff) also decide who sees it. */
    boolean mayEdit(OrganisationId organisation) {
        return seesAll() || isMemberOf(organisation);
    }

    boolean mayChooseVisibility(OrganisationId organisation) {
        return seesAll() || actor.adminOf(organisation.value())
                || actor.institutionMemberOf().contains(organisation.value());
    }

    /** Network staff verify the profiles in their networks' area. */
    boolean mayVerify(Place place) {
        return networkArea.covers(place);
    }

    /**
     * The organisation itself, the network staff of its area, coordinators and administrators: they see its history
     * and contact persons who have not consented yet.
     */
    boolean isInsider(OrganisationId organisation, Place place) {
        return mayEdit(organisation) || networkArea.covers(place);
    }
}

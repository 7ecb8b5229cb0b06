package de.bruecke.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.bruecke.platform.Actor;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The areas an {@link Actor} acts in, read from the networks once per request (kept in a request attribute; outside
 * a request they are read each time).
 */
@Component
public class Areas {

    private static final String ATTRIBUTE = Areas.class.getName();

    private final Networks networks;

    Areas(Networks networks) {
        this.networks = networks;
    }

    /**
     * Where the actor may look at and act on places: everywhere for administrators and coordinators, the union of
     * their networks' areas for network staff, nowhere for everyone else.
     */
    public Area of(Actor actor) {
        return actor.seesAll() ? Area.EVERYWHERE : ofNetworks(actor);
    }

    /**
     * The union of the areas of the networks the actor works for as network staff (nowhere for others), for what
     * only network staff do, like verifying a profile or reading results shared with the network; also for
     * administrators and coordinators who are network staff too.
     */
    public Area ofNetworks(Actor actor) {
        if (actor.networks().isEmpty()) {
            return Area.NOWHERE;
        }
        Map<Actor, Area> cache = cache();
        Area known = cache.get(actor);
        if (known != null) {
            return known;
        }
        List<Network> staffed = actor.networks().stream().map(id -> networks.find(new NetworkId(id)))
                .flatMap(Optional::stream).toList();
        Area area = Area.of(staffed);
        cache.put(actor, area);
        return area;
    }

    /** The networks the actor works for as network staff, by name. */
    public List<Network> networksOf(Actor actor) {
        return networks.all().stream().filter(n -> actor.staffOf(n.id().value())).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<Actor, Area> cache() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object cached = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Map<?, ?> map) {
            return (Map<Actor, Area>) map;
        }
        Map<Actor, Area> fresh = new HashMap<>();
        request.setAttribute(ATTRIBUTE, fresh, RequestAttributes.SCOPE_REQUEST);
        return fresh;
    }
}
